using Dashboard.Testing;
using Dashboard.Testing.Server;

namespace Dashboard.Bench.Live;

/// <summary>
/// The dashboard as users run it, for the live benchmarks: its own process (Release build) on 127.0.0.1 with a fresh
/// PostGIS database seeded with the demo world, the Hangfire server and the hub inside it.
/// </summary>
internal sealed class LiveBenchServer : IAsyncDisposable
{
    private readonly PostgisDatabaseFixture _database;
    private readonly DashboardProcess _process;

    private LiveBenchServer(PostgisDatabaseFixture database, DashboardProcess process)
    {
        _database = database;
        _process = process;
    }

    public Uri BaseUri => _process.BaseUri;

    public string ConnectionString => _database.ConnectionString;

    public int ProcessId => _process.ProcessId;

    public static async Task<LiveBenchServer> StartAsync()
    {
        var database = new PostgisDatabaseFixture();
        await database.InitializeAsync();
        var process = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Dashboard"] = database.ConnectionString,
            ["Demo__Seed"] = "true",
            ["Demo__Size"] = "Default",
            // Request logging at Information would measure the console, not the dashboard.
            ["Logging__LogLevel__Default"] = "Warning",
            // Except Kestrel's "Now listening on", which tells the benchmark the app is up.
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        return new LiveBenchServer(database, process);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        await _database.DisposeAsync();
    }
}
