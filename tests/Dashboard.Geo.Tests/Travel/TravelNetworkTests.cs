using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.Travel;
using Dashboard.Geo.Queries.Travel;
using Dashboard.Geo.Spatial;
using Dashboard.Geo.Travel;
using Dashboard.Testing;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Dashboard.Geo.Tests.Travel;

/// <summary>
/// A small network west of Kalimantan, on real PostGIS and pgRouting: an L-shaped road east then north, a track
/// crossing its first leg, and a ferry lane straight across the corner that only boats may take.
/// </summary>
public sealed class TravelNetworkTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>, IAsyncLifetime
{
    private const double Snap = 2000;

    private static readonly (double Longitude, double Latitude) NearStart = (110.0, 0.001);  // about 111 m north of the road's start
    private static readonly (double Longitude, double Latitude) RoadEnd = (110.2, 0.2);
    private static readonly (double Longitude, double Latitude) TrackEnd = (110.1, 0.1);
    private static readonly (double Longitude, double Latitude) OnFirstLeg = (110.15, 0.0);  // between two vertices
    private static readonly (double Longitude, double Latitude) FarOff = (110.5, 0.5);

    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        await database.MigrateGeoAsync();
        _dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).UseNetTopologySuite().Build();
        await using var db = database.CreateGeoContext();
        if (!db.TravelWays.Any())
        {
            db.TravelWays.AddRange(
                Way("Jalan Siku", TravelWayKind.Road, (110.0, 0.0), (110.2, 0.0), (110.2, 0.2)),
                Way("Jalan Setapak", TravelWayKind.Track, (110.1, -0.1), (110.1, 0.1)),
                Way("Penyeberangan", TravelWayKind.Ferry, (110.0, 0.0), (110.2, 0.2)));
            await db.SaveChangesAsync();
        }
        await new TravelNetworkBuilder(_dataSource).RebuildAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Rebuild_SplitsWaysWhereTheyCross_AndKeepsEachModeToItsOwnGraph()
    {
        var size = await new TravelNetworkBuilder(_dataSource).SizeAsync(CancellationToken.None);

        // The road and the track cut each other in two at (110.1, 0); the ferry stays whole, in the sea graph only.
        Assert.Equal(4, size.LandEdges);
        Assert.Equal(1, size.SeaEdges);
        Assert.Equal((await MetresAsync((110.0, 0.0), (110.2, 0.0)) + await MetresAsync((110.2, 0.0), (110.2, 0.2))
            + await MetresAsync((110.1, -0.1), (110.1, 0.1))) / 1000, size.LandKilometres, 3);
    }

    [Fact]
    public async Task Distances_ByLand_RunAlongTheRoads_NotAcrossTheCorner()
    {
        var network = await DistancesAsync(PatrolMode.Land, NearStart, RoadEnd, TrackEnd, OnFirstLeg, FarOff);

        Assert.Equal(await MetresAsync(NearStart, (110.0, 0.0)), network.SnapMetres[0], 0);
        Assert.Equal(0, network.SnapMetres[1], 3);
        var eastLeg = await MetresAsync((110.0, 0.0), (110.2, 0.0));
        var northLeg = await MetresAsync((110.2, 0.0), (110.2, 0.2));
        Assert.Equal(eastLeg + northLeg, network.Path(0, 1), 0);
        // To the track's end: east to the crossing, then north up the track.
        Assert.Equal(await MetresAsync((110.0, 0.0), (110.1, 0.0)) + await MetresAsync((110.1, 0.0), TrackEnd), network.Path(0, 2), 0);
        // From a point between vertices, both ways: pgRouting's "points" on an edge. It prices the part of an edge by
        // the point's fraction along it in degrees, which is off by a few metres where the edge turns.
        AssertNear(await MetresAsync(OnFirstLeg, (110.2, 0.0)) + northLeg, network.Path(3, 1), 0.002);
        Assert.Equal(network.Path(3, 1), network.Path(1, 3), 6);
        Assert.True(network.Path(0, 1) > 1.35 * await MetresAsync(NearStart, RoadEnd), "the road goes round the corner");
    }

    [Fact]
    public async Task Distances_ToAPointFarFromEveryWay_AreUnknown()
    {
        var network = await DistancesAsync(PatrolMode.Land, NearStart, FarOff);

        Assert.True(network.OnNetwork(0));
        Assert.False(network.OnNetwork(1));
        Assert.True(double.IsPositiveInfinity(network.Path(0, 1)));
        Assert.True(double.IsPositiveInfinity(network.Path(1, 0)));
        Assert.Equal(0, network.Path(1, 1));
    }

    [Fact]
    public async Task Distances_BySea_TakeTheFerryLane_AndNeverTheRoad()
    {
        var network = await DistancesAsync(PatrolMode.Sea, NearStart, RoadEnd, OnFirstLeg);

        // Boarding about 70 m along the lane, where it passes closest to the start.
        AssertNear(await MetresAsync((110.0005, 0.0005), RoadEnd), network.Path(0, 1), 0.001);
        // (110.15, 0) lies on the road, 0.15° from the ferry lane: too far to board it.
        Assert.False(network.OnNetwork(2));
    }

    [Fact]
    public async Task Distances_BetweenTwoPointsAtOneVertex_AreZero()
    {
        var network = await DistancesAsync(PatrolMode.Land, RoadEnd, RoadEnd, TrackEnd);

        Assert.Equal(0, network.Path(0, 1));
        Assert.Equal(network.Path(0, 2), network.Path(1, 2), 6);
        Assert.True(network.Path(0, 2) > 0);
    }

    [Fact]
    public async Task Path_FollowsTheRoadRoundTheCorner_AndGoesStraightWhereThereIsNoWay()
    {
        var path = await new TravelNetworkQuery(_dataSource).PathAsync([NearStart, RoadEnd, FarOff, NearStart], PatrolMode.Land, Snap, CancellationToken.None);

        Assert.Equal(
            [NearStart, (110.0, 0.0), (110.1, 0.0), (110.2, 0.0), RoadEnd, FarOff, NearStart],
            path.Select(p => (Math.Round(p.Longitude, 9), Math.Round(p.Latitude, 9))));
    }

    [Fact]
    public async Task Path_FromAPointBetweenVertices_StartsWhereItJoinsTheRoad()
    {
        var path = await new TravelNetworkQuery(_dataSource).PathAsync([(110.15, 0.01), TrackEnd], PatrolMode.Land, Snap, CancellationToken.None);

        // 1.1 km north of the road's first leg: onto it, west to the crossing, up the track.
        Assert.Equal(
            [(110.15, 0.01), (110.15, 0.0), (110.1, 0.0), TrackEnd],
            path.Select(p => (Math.Round(p.Longitude, 9), Math.Round(p.Latitude, 9))));
    }

    private static void AssertNear(double expected, double actual, double share) =>
        Assert.InRange(actual, expected * (1 - share), expected * (1 + share));

    private Task<NetworkDistances> DistancesAsync(PatrolMode mode, params (double, double)[] points) =>
        new TravelNetworkQuery(_dataSource).DistancesAsync(points, mode, Snap, CancellationToken.None);

    /// <summary>Geodesic metres by PostGIS itself, not by the code under test.</summary>
    private async Task<double> MetresAsync((double Longitude, double Latitude) a, (double Longitude, double Latitude) b)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT ST_Distance(ST_SetSRID(ST_MakePoint(@ax, @ay), 4326)::geography, ST_SetSRID(ST_MakePoint(@bx, @by), 4326)::geography)");
        command.Parameters.AddWithValue("ax", a.Longitude);
        command.Parameters.AddWithValue("ay", a.Latitude);
        command.Parameters.AddWithValue("bx", b.Longitude);
        command.Parameters.AddWithValue("by", b.Latitude);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    private static TravelWay Way(string name, TravelWayKind kind, params (double Longitude, double Latitude)[] points) => new()
    {
        Name = name,
        Kind = kind,
        Source = "test",
        Path = Geometries.Factory.CreateLineString([.. points.Select(p => new Coordinate(p.Longitude, p.Latitude))]),
    };
}
