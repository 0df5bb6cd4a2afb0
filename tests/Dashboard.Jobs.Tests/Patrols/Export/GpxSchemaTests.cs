using System.Xml.Linq;
using Dashboard.Jobs.Patrols;
using Dashboard.Jobs.Patrols.Export;
using static Dashboard.Jobs.Tests.Patrols.Export.ExportRoutes;

namespace Dashboard.Jobs.Tests.Patrols.Export;

public sealed class GpxSchemaTests
{
    private static readonly XNamespace Gpx = GpxWriter.Namespace;

    [Fact]
    public void Write_APlannedRoute_IsValidGpx11()
    {
        var gpx = GpxWriter.Write(Entikong3());

        Assert.Empty(GpxSchema.Problems(gpx));
    }

    [Fact]
    public void Write_ARouteWithItsRoadTrack_IsValidGpx11_WithTheTrackAfterTheRoute()
    {
        var route = Entikong3ByRoad();

        var gpx = GpxWriter.Write(route);

        Assert.Empty(GpxSchema.Problems(gpx));
        var root = XDocument.Parse(gpx).Root!;
        Assert.Equal(["metadata", "wpt", "wpt", "wpt", "rte", "trk"], root.Elements().Select(e => e.Name.LocalName));
        var points = root.Element(Gpx + "trk")!.Element(Gpx + "trkseg")!.Elements(Gpx + "trkpt").ToList();
        Assert.Equal(route.Track!.Select(p => (p.Longitude, p.Latitude)), points.Select(p => ((double)p.Attribute("lon")!, (double)p.Attribute("lat")!)));
    }

    [Fact]
    public void Write_AnEmptyPlanWithoutTeamOrDate_IsValidGpx11()
    {
        var route = PatrolRoute.From(PatrolPlan.Empty, Entikong, "Patroli kosong", null, null);

        Assert.Empty(GpxSchema.Problems(GpxWriter.Write(route)));
    }

    [Fact]
    public void Write_PointsAtThePolesAndTheAntimeridian_AreValidGpx11()
    {
        var route = Entikong3() with
        {
            Waypoints =
            [
                new PatrolWaypoint("north", null, 180, 90),
                new PatrolWaypoint("south", null, -180, -90),
                new PatrolWaypoint("almost-180", null, 179.99999999, 0),
            ],
        };

        Assert.Empty(GpxSchema.Problems(GpxWriter.Write(route)));
    }

    [Fact]
    public void Schema_ALatitudeOf95_FailsValidation()
    {
        var document = ValidDocument();
        document.Root!.Element(Gpx + "wpt")!.SetAttributeValue("lat", "95");

        var problems = GpxSchema.Problems(document.ToString());

        Assert.Contains(problems, p => p.Contains("'lat'", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_ANameAfterTheDescription_FailsValidation()
    {
        var document = ValidDocument();
        var waypoint = document.Root!.Element(Gpx + "wpt")!;
        var name = waypoint.Element(Gpx + "name")!;
        name.Remove();
        waypoint.Element(Gpx + "desc")!.AddAfterSelf(name);

        var problems = GpxSchema.Problems(document.ToString());

        Assert.Contains(problems, p => p.Contains("invalid child element 'name'", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_ADocumentInAnotherNamespace_FailsValidation()
    {
        var gpx = GpxWriter.Write(Entikong3()).Replace(GpxWriter.Namespace, "http://www.topografix.com/GPX/1/0", StringComparison.Ordinal);

        Assert.NotEmpty(GpxSchema.Problems(gpx));
    }

    [Fact]
    public void Schema_WaypointsAfterTheRoute_FailValidation()
    {
        var document = ValidDocument();
        var route = document.Root!.Element(Gpx + "rte")!;
        route.Remove();
        document.Root.Element(Gpx + "metadata")!.AddAfterSelf(route);

        Assert.NotEmpty(GpxSchema.Problems(document.ToString()));
    }

    // Starts from a document that passes, so a failure can only come from the one change each test makes.
    private static XDocument ValidDocument()
    {
        var gpx = GpxWriter.Write(Entikong3());
        Assert.Empty(GpxSchema.Problems(gpx));
        return XDocument.Parse(gpx);
    }
}
