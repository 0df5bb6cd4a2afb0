using System.Diagnostics;
using Dashboard.Testing;

namespace Dashboard.E2E.Accounts;

/// <summary>
/// A real deployment's first day: the app on an empty database with the demo off, open pages revalidated every two
/// seconds so a disabled account's page stops within the test's patience.
/// </summary>
public sealed class EmptyDashboardServer : IAsyncLifetime
{
    private readonly PostgisDatabaseFixture _database = new();
    private DashboardProcess? _process;

    public Uri BaseUri => _process!.BaseUri;

    public string ReadLog() => _process?.ReadLog() ?? "";

    private Dictionary<string, string> Environment => new()
    {
        ["ConnectionStrings__Dashboard"] = _database.ConnectionString,
        ["Demo__Seed"] = "false",
        ["Accounts__RevalidationInterval"] = "00:00:02",
        ["Accounts__SignInAttemptsPerWindow"] = "1000",
        // Headquarters analysts read case data: this deployment requires them to sign in with an authenticator app.
        ["Accounts__TwoFactorRequiredRoles__0"] = "HqAnalyst",
    };

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _process = await DashboardProcess.StartAsync(Environment);
    }

    /// <summary>Runs `dotnet Dashboard.Web.dll create-admin NAME` as an operator would and returns the one-time password it printed.</summary>
    public async Task<string> CreateAdminAsync(string name)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(RepositoryPaths.WebOutput, "Dashboard.Web.dll"), "create-admin", name])
        {
            WorkingDirectory = RepositoryPaths.WebOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in Environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        Assert.True(process.ExitCode == 0, $"create-admin failed ({process.ExitCode}): {text}\n{await errors}");
        var line = text.Split('\n').Single(l => l.StartsWith("One-time password: ", StringComparison.Ordinal));
        return line["One-time password: ".Length..].Trim();
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
            await _process.DisposeAsync();
        await _database.DisposeAsync();
    }
}
