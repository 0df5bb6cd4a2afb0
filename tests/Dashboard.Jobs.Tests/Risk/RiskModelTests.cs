using Dashboard.Geo.Spatial;
using Dashboard.Jobs.Risk;

namespace Dashboard.Jobs.Tests.Risk;

public sealed class RiskModelTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 15);
    private static readonly HexGrid Grid = new(5000);

    /// <summary>A 1.5° × 1.5° block of cells around (110.75, 0.75), in West Kalimantan.</summary>
    private static readonly IReadOnlyList<GridCellInput> Cells =
        Grid.CellsIn(110, 0, 111.5, 1.5).Select(c => new GridCellInput(c.Id, "61", "61.05")).ToList();

    private static RiskInputs Inputs(
        IReadOnlyList<CaseInput>? cases = null, IReadOnlyList<RouteInput>? routes = null,
        IReadOnlyList<CrossingInput>? crossings = null, IReadOnlyList<VillageInput>? villages = null) =>
        new(AsOf, Cells, cases ?? [], routes ?? [], crossings ?? [], villages ?? [], []);

    private static int IndexOf(double lon, double lat) =>
        Cells.Select((c, i) => (c, i)).Single(x => x.c.Id == Grid.CellAt(lon, lat).Id).i;

    [Fact]
    public void Compute_WithNoCases_GivesOnlyTheBackgroundThreat()
    {
        var result = RiskModel.Compute(Inputs(), new RiskOptions());

        Assert.All(result.Threat, t => Assert.Equal(0.01, t, 12));
        Assert.Equal(0, result.HotSpotCount);
    }

    [Fact]
    public void Compute_ActiveHighRouteNearby_MultipliesThreatByTwoPointOne()
    {
        var route = new RouteInput([(110.50, 0.50), (110.50, 0.60)], Activity: 3, LastObserved: AsOf.AddDays(-10));
        var dormant = new RouteInput([(111.20, 1.20), (111.20, 1.30)], Activity: 3, LastObserved: AsOf.AddDays(-800));

        var result = RiskModel.Compute(Inputs(routes: [route, dormant]), new RiskOptions());

        Assert.Equal(2.1, result.RatRouteFactor[IndexOf(110.50, 0.55)]);
        Assert.Equal(1.0, result.RatRouteFactor[IndexOf(110.80, 0.55)]); // 33 km away
        Assert.Equal(1.0, result.RatRouteFactor[IndexOf(111.20, 1.25)]); // not seen for two years
        Assert.Equal(0.021, result.Threat[IndexOf(110.50, 0.55)], 12);
    }

    [Fact]
    public void Compute_CrossingFactor_GrowsWithTraffic()
    {
        // 1 + 0.4 · log10(1 + 9000/1000) = 1.4
        var result = RiskModel.Compute(Inputs(crossings: [new CrossingInput(110.36, 0.99, 9000)]), new RiskOptions());

        Assert.Equal(1.4, result.CrossingFactor[IndexOf(110.36, 0.99)], 9);
        Assert.Equal(1.0, result.CrossingFactor[IndexOf(111.3, 0.2)]);
    }

    [Fact]
    public void Compute_CoverageGap_CountsOnlyVillagesWithRecentOutreach()
    {
        var recent = new VillageInput(110.50, 0.50, AsOf.AddDays(-30));
        var stale = new VillageInput(111.20, 1.20, AsOf.AddDays(-900));

        var result = RiskModel.Compute(Inputs(villages: [recent, stale]), new RiskOptions());

        var atRecent = IndexOf(110.50, 0.50);
        Assert.InRange(result.CoverageGapKm[atRecent], 0, 5);
        // The stale village's cell is ~110 km from the recent one: 1 + 110/50 ≈ 3.2.
        var atStale = IndexOf(111.20, 1.20);
        Assert.InRange(result.CoverageGapKm[atStale], 100, 120);
        Assert.Equal(1 + result.CoverageGapKm[atStale] / 50, result.Vulnerability[atStale], 9);
    }

    [Fact]
    public void Compute_ARecentlyCompletedPatrol_ClosesTheCoverageGapWhereItWent_AnOldOneDoesNot()
    {
        var village = new VillageInput(110.50, 0.50, AsOf.AddDays(-30));
        var farCell = IndexOf(111.20, 1.20);
        var withoutPatrol = RiskModel.Compute(Inputs(villages: [village]), new RiskOptions());
        var recent = new PatrolVisit(111.20, 1.20, AsOf.AddDays(-3));
        var old = new PatrolVisit(111.20, 1.20, AsOf.AddDays(-400));

        var withRecent = RiskModel.Compute(Inputs(villages: [village]) with { PatrolVisits = [recent] }, new RiskOptions());
        var withOld = RiskModel.Compute(Inputs(villages: [village]) with { PatrolVisits = [old] }, new RiskOptions());

        Assert.InRange(withoutPatrol.CoverageGapKm[farCell], 100, 120);
        Assert.InRange(withRecent.CoverageGapKm[farCell], 0, 5);
        Assert.True(withRecent.Vulnerability[farCell] < withoutPatrol.Vulnerability[farCell] - 1.5);
        Assert.Equal(withoutPatrol.Vulnerability[farCell], withOld.Vulnerability[farCell], 12);
    }

    [Fact]
    public void Compute_ACluster_OfCases_IsTheOnlyHotSpot_AndScoreIsTheProduct()
    {
        var cases = Enumerable.Range(0, 40)
            .Select(i => new CaseInput(110.30 + i % 5 * 0.01, 0.30 + i / 5 * 0.01, AsOf.AddDays(-i), Victims: 2, Minors: 1, HighRiskDestination: i % 2 == 0))
            .ToList();

        var result = RiskModel.Compute(Inputs(cases: cases), new RiskOptions());

        var centre = IndexOf(110.32, 0.33);
        Assert.True(result.IsHotSpot[centre]);
        Assert.False(result.IsHotSpot[IndexOf(111.3, 1.3)]);
        Assert.All(Enumerable.Range(0, Cells.Count).Where(i => result.IsHotSpot[i]), i =>
            Assert.True(Math.Abs(result.GiZ[i]) > 2, $"hot spot with z {result.GiZ[i]}"));
        Assert.Equal(result.Threat[centre] * result.Vulnerability[centre] * result.Impact[centre], result.Score[centre], 12);
        // Half the victims are minors and half go to high-risk destinations; the prior pulls only a little at 80 victims.
        Assert.InRange(result.MinorShare[centre], 0.45, 0.5);
        Assert.InRange(result.Impact[centre], 1.9, 2.01);
    }

    [Fact]
    public void Compute_OldCases_WeighLess()
    {
        var fresh = RiskModel.Compute(Inputs(cases: [new CaseInput(110.5, 0.5, AsOf, 1, 0, false)]), new RiskOptions());
        var yearOld = RiskModel.Compute(Inputs(cases: [new CaseInput(110.5, 0.5, AsOf.AddDays(-365), 1, 0, false)]), new RiskOptions());

        var i = IndexOf(110.5, 0.5);
        Assert.Equal(fresh.CaseDensity[i] / 2, yearOld.CaseDensity[i], 12);
    }
}
