using System.Diagnostics;
using Dashboard.Demo;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Queries.Travel;
using Dashboard.Geo.Travel;
using Dashboard.Jobs.Patrols;
using Dashboard.Testing;
using Npgsql;

namespace Dashboard.Bench;

/// <summary>
/// Patrol route suggestion as the patrol desk runs it, on the travel network: the demo world with its synthetic roads
/// in PostGIS, a land patrol out of PLBN Entikong, and candidate stops at the villages and rat-route points nearest
/// it. Times the three steps of one suggestion: the pgRouting distance matrix, the search on it, and the path of
/// the suggested round along the roads.
/// </summary>
internal static class PatrolNetworkBenchmark
{
    private const string BaseCode = "ENT";

    public static async Task RunAsync(int stops, int runs, string basemap)
    {
        await using var database = new PostgisDatabaseFixture();
        await database.InitializeAsync();
        await database.MigrateGeoAsync();
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).UseNetTopologySuite().Build();
        await new DemoWorldSeeder(dataSource).SeedIfEmptyAsync(
            DemoWorldGenerator.Generate(new DemoWorldOptions(DemoWorldOptions.DefaultSeed, DemoSize.Default, DemoWorldOptions.DefaultToday)), CancellationToken.None);
        await BasemapOutline.LoadAsync(database, basemap);

        var clock = Stopwatch.StartNew();
        var ways = await new DemoRoads(dataSource).AddIfNoneAsync(CancellationToken.None);
        var made = clock.Elapsed;
        var size = await new TravelNetworkBuilder(dataSource).RebuildAsync(CancellationToken.None);
        Console.WriteLine($"demo roads: {ways} ways in {made.TotalSeconds:0.0} s; network built in {(clock.Elapsed - made).TotalSeconds:0.0} s: " +
            $"{size.LandEdges} land edges ({size.LandKilometres:0} km), {size.SeaEdges} sea edges ({size.SeaKilometres:0} km)");

        var (home, candidates) = await InstanceAsync(dataSource, stops);
        var options = new PatrolPlannerOptions();
        var budget = PatrolBudget.Hours(8);
        var query = new TravelNetworkQuery(dataSource);
        Console.WriteLine($"{candidates.Count} candidate stops nearest {home.Name}, {budget} land shift, snap {options.NetworkSnapMetres:0} m");
        Console.WriteLine($"{"run",4} {"matrix ms",10} {"search ms",10} {"path ms",8} {"total ms",9} {"on network",11} {"stops",6} {"km",7} {"risk",7}");
        var totals = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            clock.Restart();
            var network = await query.DistancesAsync([(home.Longitude, home.Latitude), .. candidates.Select(c => (c.Longitude, c.Latitude))],
                PatrolMode.Land, options.NetworkSnapMetres, CancellationToken.None);
            var matrix = clock.Elapsed.TotalMilliseconds;
            var travel = new NetworkTravelCosts(network, options.DetourFactor);
            var suggestion = new PatrolPlanner(options, travel).Suggest(home, candidates, budget, PatrolMode.Land, new Random(run));
            var search = clock.Elapsed.TotalMilliseconds - matrix;
            var round = suggestion.Suggested.Stops.Select(s => (s.Longitude, s.Latitude)).Prepend((home.Longitude, home.Latitude)).Append((home.Longitude, home.Latitude)).ToList();
            await query.PathAsync(round, PatrolMode.Land, options.NetworkSnapMetres, CancellationToken.None);
            var total = clock.Elapsed.TotalMilliseconds;
            // Run 0 is the cold one: connections, plans and JIT.
            if (run > 0)
                totals.Add(total);
            Console.WriteLine($"{(run == 0 ? "cold" : run.ToString(System.Globalization.CultureInfo.InvariantCulture)),4} {matrix,10:0} {search,10:0} {total - matrix - search,8:0} {total,9:0} " +
                $"{travel.PointsOnNetwork - 1,5} / {candidates.Count,-4} {suggestion.Suggested.Stops.Count,6} {suggestion.Suggested.Kilometres,7:0.0} {suggestion.Suggested.Risk,7:0.00}");
        }
        totals.Sort();
        Console.WriteLine($"wall time per suggestion (matrix + search + path): min {totals[0]:0} ms, median {totals[totals.Count / 2]:0} ms, max {totals[^1]:0} ms");
    }

    /// <summary>The base, and the villages and rat-route points nearest it, with risk skewed so a few places matter most.</summary>
    private static async Task<(PatrolBase Home, List<PatrolStop> Stops)> InstanceAsync(NpgsqlDataSource dataSource, int count)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("""
            WITH home AS (SELECT name, location FROM geo.border_crossings WHERE code = @code),
            places AS (
                SELECT v.location AS p FROM geo.assisted_villages v
                UNION ALL SELECT (ST_DumpPoints(r.path)).geom FROM geo.rat_routes r WHERE r.mode IN (1, 3))
            SELECT h.name, ST_X(h.location), ST_Y(h.location), ST_X(p.p), ST_Y(p.p)
            FROM home h CROSS JOIN LATERAL (SELECT p FROM places WHERE NOT ST_Equals(p, h.location) ORDER BY p <-> h.location LIMIT @count) p
            """, connection);
        command.Parameters.AddWithValue("code", BaseCode);
        command.Parameters.AddWithValue("count", count);
        var rng = new Random(2024);
        PatrolBase? home = null;
        var stops = new List<PatrolStop>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            home ??= new PatrolBase(BaseCode, reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2));
            var risk = Math.Round(Math.Min(50, 0.5 / Math.Pow(1 - rng.NextDouble(), 0.7)), 3);
            stops.Add(new PatrolStop($"stop-{stops.Count:000}", reader.GetDouble(3), reader.GetDouble(4), risk, 15 + 5 * rng.Next(7)));
        }
        return (home ?? throw new InvalidOperationException($"The demo world has no crossing {BaseCode}."), stops.DistinctBy(s => (s.Longitude, s.Latitude)).ToList());
    }
}
