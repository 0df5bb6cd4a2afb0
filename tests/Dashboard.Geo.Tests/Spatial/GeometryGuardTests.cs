using Dashboard.Geo.Spatial;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Tests.Spatial;

public sealed class GeometryGuardTests
{
    [Fact]
    public void Check_PointInJakarta_Passes() =>
        Assert.Null(GeometryGuard.Check("Case origin", "LP/1", Geometries.Point(106.8456, -6.2088)));

    [Fact]
    public void Check_PointInSydney_NamesRecordAndSaysOutsideIndonesia()
    {
        var problem = GeometryGuard.Check("Case origin", "LP/B/12/2024", Geometries.Point(151.2093, -33.8688));

        Assert.NotNull(problem);
        Assert.Equal(GeometryProblemKind.OutsideIndonesia, problem.Kind);
        Assert.StartsWith("Case origin 'LP/B/12/2024': coordinate (lon 151.2093, lat -33.8688) lies outside Indonesia", problem.Message);
    }

    [Fact]
    public void Check_SwappedLatitudeAndLongitude_IsRefused()
    {
        // Jakarta typed as (lat, lon): a latitude of 106 cannot exist.
        var problem = GeometryGuard.Check("Assisted village", "Desa X", Geometries.Point(-6.2088, 106.8456));

        Assert.Equal(GeometryProblemKind.OutsideIndonesia, problem?.Kind);
        Assert.Contains("swapped", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LineWithOnlyRepeatedPoint_IsInvalid()
    {
        var problem = GeometryGuard.Check("Rat route", "Jalur Rusak", Geometries.Line((110.1, 1.0), (110.1, 1.0)));

        Assert.Equal(GeometryProblemKind.Invalid, problem?.Kind);
        Assert.StartsWith("Rat route 'Jalur Rusak': LineString is not valid: Too few points", problem!.Message);
    }

    [Fact]
    public void Check_SelfIntersectingPolygon_IsInvalidAndLocatesTheCrossing()
    {
        // A bow tie: its edges cross at (110.5, 0.5).
        var bowTie = Geometries.Factory.CreatePolygon(
            [new(110, 0), new(111, 1), new(111, 0), new(110, 1), new(110, 0)]);

        var problem = GeometryGuard.Check("Province boundary", "61", bowTie);

        Assert.Equal(GeometryProblemKind.Invalid, problem?.Kind);
        Assert.Contains("Self-intersection", problem!.Message, StringComparison.Ordinal);
        Assert.Contains("lon 110.5, lat 0.5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongSrid_IsRefused()
    {
        var webMercator = new GeometryFactory(new PrecisionModel(), 3857).CreatePoint(new Coordinate(106.8, -6.2));

        Assert.Equal(GeometryProblemKind.WrongSrid, GeometryGuard.Check("Border crossing", "CGK", webMercator)?.Kind);
    }

    [Fact]
    public void Check_EmptyOrMissingGeometry_IsRefused()
    {
        Assert.Equal(GeometryProblemKind.Missing, GeometryGuard.Check("Border crossing", "CGK", null)?.Kind);
        Assert.Equal(GeometryProblemKind.Empty, GeometryGuard.Check("Border crossing", "CGK", Geometries.Factory.CreatePoint())?.Kind);
    }

    [Fact]
    public void Check_NaNCoordinate_IsRefused() =>
        Assert.Equal(GeometryProblemKind.NotFinite, GeometryGuard.Check("Case origin", "X", Geometries.Point(double.NaN, 1))?.Kind);
}
