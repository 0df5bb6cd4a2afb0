using Dashboard.Jobs.Patrols;
using Dashboard.Jobs.Patrols.Export;
using static Dashboard.Jobs.Tests.Patrols.Export.ExportRoutes;

namespace Dashboard.Jobs.Tests.Patrols.Export;

public sealed class PatrolRouteTests
{
    private static readonly PatrolPlan Plan = new(
        [new PatrolStop("rr-12", 110.41, 0.98, 2.346, 30), new PatrolStop("cell-7", 110.29, 1.05, 0.5, 12.5)],
        risk: 2.846, kilometres: 31.2, travelHours: 0.9, serviceHours: 0.71, withinBudget: true);

    [Fact]
    public void From_APlan_NamesEachWaypointByItsStopInVisitingOrder()
    {
        var route = PatrolRoute.From(Plan, Entikong, "Patroli Sekayam", new DateOnly(2025, 3, 14), "Tim 2");

        Assert.Equal(["rr-12", "cell-7"], route.Waypoints.Select(w => w.Name));
        Assert.Equal([(110.41, 0.98), (110.29, 1.05)], route.Waypoints.Select(w => (w.Longitude, w.Latitude)));
        Assert.Equal(("Patroli Sekayam", new DateOnly(2025, 3, 14), "Tim 2", Entikong),
            (route.Name, route.PlannedFor, route.Team, route.Base));
    }

    [Fact]
    public void From_UnderIndonesianCulture_StillGivesTheRiskWithTwoDecimalsAndAPoint()
    {
        PatrolRoute route;
        using (new CultureScope("id-ID"))
            route = PatrolRoute.From(Plan, Entikong, "Patroli Sekayam", null, null);

        Assert.Contains("2.35", route.Waypoints[0].Description, StringComparison.Ordinal);
        Assert.Contains("0.50", route.Waypoints[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ABlankName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => PatrolRoute.From(Plan, Entikong, " ", null, null));
    }
}
