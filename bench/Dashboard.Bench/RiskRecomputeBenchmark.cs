using System.Diagnostics;
using System.Text.Json;
using Dashboard.Demo;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs;
using Dashboard.Jobs.RiskMap;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Bench;

/// <summary>
/// A full national risk recompute on the Large demo world (100,000 cases): wall time per stage, the bare kernel
/// density inside it, and the process's peak memory. The grid is built once beforehand, as in production.
/// </summary>
internal static class RiskRecomputeBenchmark
{
    public static async Task RunAsync(int edgeMetres, int repetitions, string basemap)
    {
        await using var database = new PostgisDatabaseFixture();
        await database.InitializeAsync();
        await database.MigrateGeoAsync();
        var services = Services(database.ConnectionString, edgeMetres);

        var clock = Stopwatch.StartNew();
        var world = DemoWorldGenerator.Generate(new DemoWorldOptions(DemoWorldOptions.DefaultSeed, DemoSize.Large, DemoWorldOptions.DefaultToday));
        await new DemoWorldSeeder(services.GetRequiredService<NpgsqlDataSource>()).SeedIfEmptyAsync(world, CancellationToken.None);
        Console.WriteLine($"Large world: {world.Cases.Count:N0} cases, {world.RatRoutes.Count:N0} rat routes, {world.Villages.Count:N0} villages; generated and seeded in {clock.Elapsed.TotalSeconds:0.0} s");

        await BasemapOutline.LoadAsync(database, basemap);
        clock.Restart();
        var cells = await services.GetRequiredService<GridBuilder>().EnsureAsync(edgeMetres, 22.2, CancellationToken.None);
        Console.WriteLine($"Grid: {cells:N0} cells of {edgeMetres} m edge, built once in {clock.Elapsed.TotalSeconds:0.0} s");

        var runIds = new List<int>();
        Console.WriteLine($"{"run",4} {"read ms",9} {"compute ms",11} {"kernel ms",10} {"fit ms",8} {"persist ms",11} {"total ms",9}");
        for (var i = 1; i <= repetitions; i++)
        {
            await using var scope = services.CreateAsyncScope();
            clock.Restart();
            var runId = await scope.ServiceProvider.GetRequiredService<RiskMapJob>().RunAsync("benchmark", CancellationToken.None);
            runIds.Add(runId);
            var total = clock.Elapsed.TotalMilliseconds;
            await using var db = database.CreateGeoContext();
            var stages = JsonDocument.Parse((await db.RiskRuns.SingleAsync(r => r.Id == runId)).StageDurations!).RootElement;
            double Stage(string name) => stages.GetProperty(name).GetDouble();
            Console.WriteLine($"{i,4} {Stage("read"),9:0} {Stage("compute"),11:0} {Stage("kernel"),10:0} {Stage("fit"),8:0} {Stage("persist"),11:0} {total,9:0}");
        }
        await CompareAsync(new RiskLayerQuery(services.GetRequiredService<NpgsqlDataSource>()), runIds);
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB (whole process, including the generated world)");
    }

    /// <summary>
    /// The run picker's compare, right after the last run as a user would open it: the national view (squares) and a
    /// province at cell zoom, latest run against the one before, three times each.
    /// </summary>
    private static async Task CompareAsync(RiskLayerQuery layers, List<int> runIds)
    {
        if (runIds.Count < 2)
            return;
        var (latest, previous) = (runIds[^1], runIds[^2]);
        foreach (var (name, viewport) in new[] { ("national, zoom 5", new Viewport(94, -11, 141, 6, 5)), ("Kalimantan Barat, zoom 9", new Viewport(108.5, -1.5, 111.5, 1.5, 9)) })
        {
            var times = new List<double>();
            var bytes = 0;
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                bytes = (await layers.GetChoroplethAsync(latest, previous, viewport, CancellationToken.None)).Length;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"Compare run {latest} with {previous}, {name}: {string.Join(" / ", times.Select(t => t.ToString("0")))} ms, {bytes:N0} bytes");
        }
    }

    private static ServiceProvider Services(string connectionString, int edgeMetres)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Risk:GridEdgeMetres"] = edgeMetres.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        services.AddLogging();
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build());
        services.AddDbContextFactory<GeoDbContext>(o => o.UseGeoDatabase(connectionString));
        services.AddDashboardJobs(configuration, connectionString, runServer: false);
        return services.BuildServiceProvider();
    }
}
