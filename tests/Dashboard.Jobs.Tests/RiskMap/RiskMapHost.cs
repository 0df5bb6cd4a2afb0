using Dashboard.Demo;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;
using Dashboard.Jobs;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Dashboard.Jobs.Tests.RiskMap;

/// <summary>
/// The jobs' services over a real PostGIS database holding a small demo world and a land outline; Hangfire's storage
/// is real too, but no server runs, so tests decide when jobs execute.
/// </summary>
public sealed class RiskMapHost : IAsyncLifetime
{
    private readonly PostgisDatabaseFixture _database = new();

    public ServiceProvider Services { get; private set; } = null!;

    public PostgisDatabaseFixture Database => _database;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.MigrateGeoAsync();
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // A coarser grid keeps the test quick; the model does not depend on the edge.
            ["Risk:GridEdgeMetres"] = "10000",
        }).Build();
        services.AddLogging(l => l.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(_database.ConnectionString).UseNetTopologySuite().Build());
        services.AddDbContextFactory<GeoDbContext>(o => o.UseGeoDatabase(_database.ConnectionString));
        services.AddDashboardJobs(configuration, _database.ConnectionString, runServer: false);
        Services = services.BuildServiceProvider();

        var world = DemoWorldGenerator.Generate(new DemoWorldOptions(11, DemoSize.Default, DemoWorldOptions.DefaultToday));
        await new DemoWorldSeeder(Services.GetRequiredService<NpgsqlDataSource>()).SeedIfEmptyAsync(world, CancellationToken.None);
        await using var db = _database.CreateGeoContext();
        db.LandAreas.Add(new LandArea { Name = "Indonesia", IsIndonesia = true, Outline = JavaAndBorneo() });
        await db.SaveChangesAsync();
    }

    /// <summary>Two rough boxes standing in for Natural Earth's outline: West Java and West Kalimantan.</summary>
    public static NetTopologySuite.Geometries.MultiPolygon JavaAndBorneo()
    {
        NetTopologySuite.Geometries.Polygon Box(double w, double s, double e, double n) => Geometries.Factory.CreatePolygon(
            [new(w, s), new(e, s), new(e, n), new(w, n), new(w, s)]);
        return Geometries.Factory.CreateMultiPolygon([Box(106.0, -7.8, 109.0, -6.0), Box(108.8, -1.5, 112.0, 1.8)]);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
