using Dashboard.Testing;

namespace Dashboard.E2E.Infrastructure;

/// <summary>
/// The dashboard as users run it: its own process on 127.0.0.1, its own PostGIS database seeded with the demo
/// world. Shared by the tests of a class.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    private readonly PostgisDatabaseFixture _database = new();
    private DashboardProcess? _process;

    /// <summary>The key the jobs worker signs in to the hub with (Situation:ServiceKey).</summary>
    public const string ServiceKey = "e2e-worker-key-0123456789";

    public Uri BaseUri => _process!.BaseUri;

    /// <summary>The server's database, for checking what a journey stored.</summary>
    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _process = await DashboardProcess.StartAsync(Environment(seed: true));
    }

    /// <summary>
    /// Kills the server and starts it again on the same address and database, as after a crash. The demo seed stays
    /// on (the world is not seeded twice): with it off the demo accounts are disabled, as on a real deployment.
    /// </summary>
    public async Task RestartAsync()
    {
        var port = BaseUri.Port;
        await _process!.DisposeAsync();
        _process = await DashboardProcess.StartAsync(Environment(seed: true), port);
    }

    public string ReadLog() => _process?.ReadLog() ?? "";

    private Dictionary<string, string> Environment(bool seed) => new()
    {
        ["ConnectionStrings__Dashboard"] = _database.ConnectionString,
        ["Demo__Seed"] = seed ? "true" : "false",
        ["Demo__Size"] = "Default",
        ["Situation__ServiceKey"] = ServiceKey,
        // A class signs in dozens of times from 127.0.0.1 within a minute; the limit itself is tested in Web.Tests.
        ["Accounts__SignInAttemptsPerWindow"] = "1000",
        // Every test class starts its own server at once on two cores; three origins still fit the threat (the map
        // journey reads the fitted model in a cell's explanation) for half the start-up work of the default six.
        ["Risk__FitOrigins"] = "3",
    };

    public async Task DisposeAsync()
    {
        if (_process is not null)
            await _process.DisposeAsync();
        await _database.DisposeAsync();
    }
}
