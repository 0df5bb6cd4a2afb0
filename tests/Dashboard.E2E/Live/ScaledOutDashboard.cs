using Dashboard.E2E.Infrastructure;
using Dashboard.Testing;

namespace Dashboard.E2E.Live;

/// <summary>Two instances of the dashboard on one database, sharing their hubs through Debian's redis-server.</summary>
public sealed class ScaledOutDashboard : IAsyncLifetime
{
    private readonly PostgisDatabaseFixture _database = new();
    private RedisServer? _redis;

    public DashboardProcess First { get; private set; } = null!;

    public DashboardProcess Second { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _redis = await RedisServer.StartAsync();
        // The first seeds the demo world; the second starts on it once it is there. Both run with the demo seed on, as
        // instances of one demo deployment do: an instance started with it off would disable the demo accounts.
        First = await DashboardProcess.StartAsync(Environment(seed: true));
        Second = await DashboardProcess.StartAsync(Environment(seed: true));
    }

    private Dictionary<string, string> Environment(bool seed) => new()
    {
        ["ConnectionStrings__Dashboard"] = _database.ConnectionString,
        ["ConnectionStrings__Redis"] = _redis!.ConnectionString,
        ["Demo__Seed"] = seed ? "true" : "false",
        ["Demo__Size"] = "Default",
    };

    public async Task DisposeAsync()
    {
        if (Second is not null)
            await Second.DisposeAsync();
        if (First is not null)
            await First.DisposeAsync();
        if (_redis is not null)
            await _redis.DisposeAsync();
        await _database.DisposeAsync();
    }
}
