using Dashboard.Demo;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Domain.Travel;
using Dashboard.Geo.Import;
using Dashboard.Geo.Queries.Travel;
using Dashboard.Geo.Travel;
using Dashboard.Testing;
using Dashboard.Testing.Server;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Geo.Tests.Demo;

/// <summary>The demo's invented roads, on the Default demo world and Indonesia's real outline from the basemap.</summary>
public sealed class DemoRoadsTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>
{
    [Fact]
    public async Task AddIfNone_MakesRoadsOverLandOnly_ThatJoinABorderPostToItsRegencySeat_AndNothingTheSecondTime()
    {
        await database.MigrateGeoAsync();
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).UseNetTopologySuite().Build();
        await new DemoWorldSeeder(dataSource).SeedIfEmptyAsync(
            DemoWorldGenerator.Generate(new DemoWorldOptions(DemoWorldOptions.DefaultSeed, DemoSize.Default, DemoWorldOptions.DefaultToday)), CancellationToken.None);
        await LoadIndonesiaAsync();
        var roads = new DemoRoads(dataSource);

        var made = await roads.AddIfNoneAsync(CancellationToken.None);
        var again = await roads.AddIfNoneAsync(CancellationToken.None);

        Assert.InRange(made, 500, 5000);
        Assert.Equal(0, again);
        await using (var db = database.CreateGeoContext())
        {
            Assert.Equal(made, await db.TravelWays.CountAsync(w => w.IsSynthetic && w.Source == DemoRoads.Source));
            Assert.Equal([TravelWayKind.Road, TravelWayKind.Track, TravelWayKind.Ferry], await db.TravelWays.Select(w => w.Kind).Distinct().OrderBy(k => k).ToListAsync());
        }
        // No road crosses the sea: every one lies within Indonesia's outline, widened by ~1 km for the coast's detail.
        await using (var offLand = dataSource.CreateCommand("""
            SELECT count(*) FROM geo.travel_ways w, geo.land_areas l
            WHERE l.is_indonesia AND w.kind = 1 AND NOT ST_Within(w.path, ST_Buffer(l.outline, 0.01))
            """))
            Assert.Equal(0L, (long)(await offLand.ExecuteScalarAsync())!);
        // PLBN Entikong reaches the seat of Kabupaten Sanggau by road, 90 km away.
        await new TravelNetworkBuilder(dataSource).RebuildAsync(CancellationToken.None);
        var network = await new TravelNetworkQuery(dataSource).DistancesAsync([(110.3600, 0.9925), (110.5900, 0.1200)], PatrolMode.Land, 2000, CancellationToken.None);
        Assert.True(double.IsFinite(network.Path(0, 1)), "no road joins Entikong to Sanggau");
    }

    private async Task LoadIndonesiaAsync()
    {
        await using var file = File.OpenRead(Path.Combine(RepositoryPaths.Root, "Dashboard.Web", "wwwroot", "basemap", "countries.geojson"));
        await using var db = database.CreateGeoContext();
        db.LandAreas.Add(new LandArea { Name = "Indonesia", IsIndonesia = true, Outline = await LandOutlineFile.ReadIndonesiaAsync(file, CancellationToken.None) });
        await db.SaveChangesAsync();
    }
}
