using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Dashboard.Jobs.Patrols.Export;
using static Dashboard.Jobs.Tests.Patrols.Export.ExportRoutes;

namespace Dashboard.Jobs.Tests.Patrols.Export;

public sealed class GpxWriterTests
{
    private static readonly XNamespace Gpx = GpxWriter.Namespace;

    [Fact]
    public void Write_GivesOneWaypointPerStopInVisitingOrder()
    {
        var route = Entikong3();

        var waypoints = Parse(GpxWriter.Write(route)).Root!.Elements(Gpx + "wpt").ToList();

        Assert.Equal(route.Waypoints.Select(w => w.Name), waypoints.Select(w => (string)w.Element(Gpx + "name")!));
    }

    [Fact]
    public void Write_KeepsCoordinatesToWithinATenMillionthOfADegree()
    {
        var route = Entikong3();

        var waypoints = Parse(GpxWriter.Write(route)).Root!.Elements(Gpx + "wpt").ToList();

        Assert.Equal(route.Waypoints.Count, waypoints.Count);
        for (var k = 0; k < waypoints.Count; k++)
        {
            Assert.Equal(route.Waypoints[k].Latitude, Degrees(waypoints[k], "lat"), 1e-7);
            Assert.Equal(route.Waypoints[k].Longitude, Degrees(waypoints[k], "lon"), 1e-7);
        }
    }

    [Fact]
    public void Write_RoundsCoordinatesToSevenDecimals()
    {
        var waypoint = Parse(GpxWriter.Write(Entikong3())).Root!.Element(Gpx + "wpt")!;

        Assert.Equal("0.9876543", (string)waypoint.Attribute("lat")!);
        Assert.Equal("110.4123457", (string)waypoint.Attribute("lon")!);
    }

    [Fact]
    public void Write_TheRouteStartsAtTheBaseVisitsEveryStopAndEndsAtTheBase()
    {
        var route = Entikong3();

        var points = Parse(GpxWriter.Write(route)).Root!.Element(Gpx + "rte")!.Elements(Gpx + "rtept").ToList();

        Assert.Equal(route.Waypoints.Count + 2, points.Count);
        foreach (var home in new[] { points[0], points[^1] })
        {
            Assert.Equal(Entikong.Name, (string)home.Element(Gpx + "name")!);
            Assert.Equal(Entikong.Latitude, Degrees(home, "lat"), 1e-7);
            Assert.Equal(Entikong.Longitude, Degrees(home, "lon"), 1e-7);
        }
        Assert.Equal(route.Waypoints.Select(w => w.Name), points[1..^1].Select(p => (string)p.Element(Gpx + "name")!));
    }

    [Fact]
    public void Write_IndonesianTextAndEscapedCharacters_SurviveIntact()
    {
        var route = Entikong3();

        var root = Parse(GpxWriter.Write(route)).Root!;

        var descriptions = root.Elements(Gpx + "wpt").Select(w => (string?)w.Element(Gpx + "desc")).ToList();
        Assert.Equal(route.Waypoints.Select(w => w.Description), descriptions);
        Assert.Equal(SekayamNote, descriptions[0]);
        Assert.Equal("Patroli Sekayam malam", (string)root.Element(Gpx + "metadata")!.Element(Gpx + "name")!);
        Assert.Equal("Tim Pengawasan 2 · 2025-03-14", (string)root.Element(Gpx + "metadata")!.Element(Gpx + "desc")!);
    }

    [Fact]
    public void Write_UnderIndonesianCulture_StillUsesAPointForDecimals()
    {
        string gpx;
        using (new CultureScope("id-ID"))
        {
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            gpx = GpxWriter.Write(Entikong3(), new FixedClock(new DateTimeOffset(2025, 3, 14, 21, 5, 9, TimeSpan.Zero)));
        }

        var root = Parse(gpx).Root!;
        var coordinates = root.Descendants().SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "lat" or "lon" or "minlat" or "minlon" or "maxlat" or "maxlon")
            .Select(a => a.Value)
            .ToList();
        Assert.NotEmpty(coordinates);
        Assert.All(coordinates, value => Assert.Matches(@"^-?\d+(\.\d+)?$", value));
        Assert.Equal("2025-03-14T21:05:09Z", (string)root.Element(Gpx + "metadata")!.Element(Gpx + "time")!);
    }

    [Fact]
    public void Write_StampsTheCreationTimeInUtc()
    {
        var westernIndonesia = new DateTimeOffset(2025, 3, 14, 8, 30, 0, TimeSpan.FromHours(7));

        var root = Parse(GpxWriter.Write(Entikong3(), new FixedClock(westernIndonesia))).Root!;

        Assert.Equal("2025-03-14T01:30:00Z", (string)root.Element(Gpx + "metadata")!.Element(Gpx + "time")!);
    }

    [Fact]
    public void Write_ToAStream_WritesUtf8WithoutAByteOrderMarkAndLeavesTheStreamOpen()
    {
        using var output = new MemoryStream();

        GpxWriter.Write(Entikong3(), output);

        Assert.True(output.CanWrite);
        var bytes = output.ToArray();
        Assert.Equal("<?xml"u8.ToArray(), bytes[..5]);
        Assert.Contains(SekayamNote, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GivesVersionAndCreator()
    {
        var root = Parse(GpxWriter.Write(Entikong3())).Root!;

        Assert.Equal(Gpx + "gpx", root.Name);
        Assert.Equal("1.1", (string)root.Attribute("version")!);
        Assert.Equal("Dasbor TPPO", (string)root.Attribute("creator")!);
    }

    [Fact]
    public void Write_ALongitudeOf180_IsWrittenAsTheSameMeridianAtMinus180()
    {
        var waypoint = Parse(GpxWriter.Write(With(new PatrolWaypoint("ujung", null, 180, 0)))).Root!.Element(Gpx + "wpt")!;

        Assert.Equal("-180", (string)waypoint.Attribute("lon")!);
    }

    [Fact]
    public void Write_APointAHairSouthOfTheEquator_IsNotWrittenAsMinusZero()
    {
        var waypoint = Parse(GpxWriter.Write(With(new PatrolWaypoint("khatulistiwa", null, 109.3, -0.00000001)))).Root!.Element(Gpx + "wpt")!;

        Assert.Equal("0", (string)waypoint.Attribute("lat")!);
    }

    [Theory]
    [InlineData(double.NaN, 1.0, "longitude NaN")]
    [InlineData(110.0, double.NaN, "latitude NaN")]
    [InlineData(110.0, 95.0, "latitude 95")]
    [InlineData(181.0, 1.0, "longitude 181")]
    [InlineData(110.0, double.NegativeInfinity, "latitude -Infinity")]
    public void Write_WithABadCoordinate_NamesTheWaypointAndWritesNothing(double longitude, double latitude, string what)
    {
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() =>
            GpxWriter.Write(With(new PatrolWaypoint("jt-sekayam-1", null, longitude, latitude)), output));

        Assert.Equal("route", error.ParamName);
        Assert.StartsWith($"Waypoint 'jt-sekayam-1' (index 0) has {what};", error.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Write_WithTheBaseOffTheGlobe_NamesTheBase()
    {
        var route = Entikong3() with { Base = Entikong with { Latitude = -91 } };

        var error = Assert.Throws<ArgumentException>(() => GpxWriter.Write(route));

        Assert.StartsWith("The base 'Kantor Imigrasi Entikong' has latitude -91;", error.Message);
    }

    [Fact]
    public void Write_WithAControlCharacterInADescription_NamesTheWaypoint()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            GpxWriter.Write(With(new PatrolWaypoint("pos-lintas-2", "tempel\u0001dari laporan", 110.3, 1))));

        Assert.StartsWith("Waypoint 'pos-lintas-2' (index 0) has a character XML cannot carry in its description", error.Message);
    }

    private static XDocument Parse(string gpx) => XDocument.Parse(gpx);

    private static double Degrees(XElement point, string attribute) =>
        double.Parse((string)point.Attribute(attribute)!, NumberStyles.Float, CultureInfo.InvariantCulture);
}
