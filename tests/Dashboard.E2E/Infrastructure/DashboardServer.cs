using System.Diagnostics;
using Dashboard.Testing;

namespace Dashboard.E2E.Infrastructure;

/// <summary>
/// The dashboard as users run it: its own process on 127.0.0.1, its own PostGIS database seeded with the demo
/// world. Shared by the tests of a class.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly PostgisDatabaseFixture _database = new();
    private readonly string _logPath = Path.Combine(Path.GetTempPath(), $"dashboard-e2e-{Guid.NewGuid():N}.log");
    private Process? _process;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The server's database, for checking what a journey stored.</summary>
    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var port = FreePort.Next();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        var dll = Path.Combine(RepositoryPaths.WebOutput, "Dashboard.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} does not exist; build the solution first.");

        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUri.ToString().TrimEnd('/')])
        {
            WorkingDirectory = RepositoryPaths.WebOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Dashboard"] = _database.ConnectionString;
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Demo__Size"] = "Default";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        var log = new StreamWriter(_logPath) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (log) log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServingAsync();
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"The dashboard exited with {_process.ExitCode}:\n{ReadLog()}");
            try
            {
                if ((await http.GetAsync("account/login")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet: migrations and the demo seed run before Kestrel starts.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The dashboard did not start within {StartTimeout}:\n{ReadLog()}");
    }

    public string ReadLog()
    {
        try
        {
            using var stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var text = new StreamReader(stream).ReadToEnd();
            return text.Length > 6000 ? text[^6000..] : text;
        }
        catch (IOException e)
        {
            return $"(no log: {e.Message})";
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        await _database.DisposeAsync();
    }
}
