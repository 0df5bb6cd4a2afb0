using System.Globalization;
using System.Xml.Linq;
using Dashboard.Jobs.Patrols.Export;
using static Dashboard.Jobs.Tests.Patrols.Export.ExportRoutes;

namespace Dashboard.Jobs.Tests.Patrols.Export;

public sealed class KmlWriterTests
{
    private static readonly XNamespace Kml = KmlWriter.Namespace;

    [Fact]
    public void Write_IsAKml22DocumentNamedAfterTheRoute()
    {
        var root = XDocument.Parse(KmlWriter.Write(Entikong3())).Root!;

        Assert.Equal(Kml + "kml", root.Name);
        var document = Assert.Single(root.Elements(Kml + "Document"));
        Assert.Equal("Patroli Sekayam malam", (string)document.Element(Kml + "name")!);
    }

    [Fact]
    public void Write_GivesOnePointPlacemarkPerWaypointInOrder()
    {
        var route = Entikong3();

        var points = Placemarks(KmlWriter.Write(route)).Where(p => p.Element(Kml + "Point") is not null).ToList();

        Assert.Equal(route.Waypoints.Select(w => w.Name), points.Select(p => (string)p.Element(Kml + "name")!));
        Assert.Equal(route.Waypoints.Select(w => w.Description), points.Select(p => (string?)p.Element(Kml + "description")));
        for (var k = 0; k < points.Count; k++)
        {
            var (longitude, latitude, altitude) = Single(points[k].Element(Kml + "Point")!);
            Assert.Equal(route.Waypoints[k].Longitude, longitude, 1e-7);
            Assert.Equal(route.Waypoints[k].Latitude, latitude, 1e-7);
            Assert.Equal(0, altitude);
        }
    }

    [Fact]
    public void Write_ARouteWithItsRoadTrack_DrawsTheTrack_NotStraightLegs()
    {
        var route = Entikong3ByRoad();

        var line = Assert.Single(XDocument.Parse(KmlWriter.Write(route)).Descendants(Kml + "LineString"));

        var coordinates = ((string)line.Element(Kml + "coordinates")!).Split(' ')
            .Select(c => c.Split(',')).Select(c => (double.Parse(c[0], CultureInfo.InvariantCulture), double.Parse(c[1], CultureInfo.InvariantCulture)));
        Assert.Equal(route.Track!, coordinates);
    }

    [Fact]
    public void Write_OneTessellatedLineGoesFromTheBaseThroughEveryStopAndBack()
    {
        var route = Entikong3();

        var line = Assert.Single(XDocument.Parse(KmlWriter.Write(route)).Descendants(Kml + "LineString"));

        Assert.Equal("1", (string)line.Element(Kml + "tessellate")!);
        var expected = new[] { (Entikong.Longitude, Entikong.Latitude) }
            .Concat(route.Waypoints.Select(w => (w.Longitude, w.Latitude)))
            .Append((Entikong.Longitude, Entikong.Latitude))
            .ToList();
        var actual = Coordinates(line).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].Item1, actual[k].Longitude, 1e-7);
            Assert.Equal(expected[k].Item2, actual[k].Latitude, 1e-7);
        }
    }

    [Fact]
    public void Write_TheLineUsesTheRouteStyleTheDocumentDefines()
    {
        var document = XDocument.Parse(KmlWriter.Write(Entikong3()));

        var style = Assert.Single(document.Descendants(Kml + "Style"));
        var line = document.Descendants(Kml + "LineString").Single().Parent!;
        Assert.Equal("#" + (string)style.Attribute("id")!, (string)line.Element(Kml + "styleUrl")!);
        Assert.NotNull(style.Element(Kml + "LineStyle")?.Element(Kml + "color"));
    }

    [Fact]
    public void Write_UnderIndonesianCulture_StillUsesAPointForDecimalsAndACommaBetweenValues()
    {
        string kml;
        using (new CultureScope("id-ID"))
            kml = KmlWriter.Write(Entikong3());

        var values = XDocument.Parse(kml).Descendants(Kml + "coordinates")
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.Equal(3 + 5, values.Count);
        Assert.All(values, value => Assert.Matches(@"^-?\d+(\.\d+)?,-?\d+(\.\d+)?,0$", value));
        Assert.Contains("110.4123457,0.9876543,0", values);
    }

    [Fact]
    public void Write_IndonesianText_SurvivesIntact()
    {
        var first = Placemarks(KmlWriter.Write(Entikong3())).First();

        Assert.Equal(SekayamNote, (string)first.Element(Kml + "description")!);
    }

    [Theory]
    [InlineData(double.NaN, 1.0, "longitude NaN")]
    [InlineData(110.0, 95.0, "latitude 95")]
    [InlineData(-180.5, 1.0, "longitude -180.5")]
    public void Write_WithABadCoordinate_NamesTheWaypointAndWritesNothing(double longitude, double latitude, string what)
    {
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() =>
            KmlWriter.Write(With(new PatrolWaypoint("dermaga-3", null, longitude, latitude)), output));

        Assert.Equal("route", error.ParamName);
        Assert.StartsWith($"Waypoint 'dermaga-3' (index 0) has {what};", error.Message);
        Assert.Equal(0, output.Length);
    }

    private static IEnumerable<XElement> Placemarks(string kml) => XDocument.Parse(kml).Descendants(Kml + "Placemark");

    private static (double Longitude, double Latitude, double Altitude) Single(XElement geometry) =>
        Assert.Single(Coordinates(geometry));

    private static IEnumerable<(double Longitude, double Latitude, double Altitude)> Coordinates(XElement geometry) =>
        ((string)geometry.Element(Kml + "coordinates")!)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(tuple => tuple.Split(',').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray())
            .Select(v => (v[0], v[1], v[2]));
}
