using Dashboard.Geo.Spatial;
using Dashboard.Jobs.Risk;

namespace Dashboard.Jobs.Tests.Risk;

/// <summary>The threat fitted to the history (ciram-fit-1): where the past moves, it follows; with no history, the kernel stands.</summary>
public sealed class FittedThreatTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 15);
    private static readonly HexGrid Grid = new(5000);

    private static readonly IReadOnlyList<GridCellInput> Cells =
        Grid.CellsIn(110, 0, 111.5, 1.5).Select(c => new GridCellInput(c.Id, "61", "61.05")).ToList();

    private static readonly (double Lon, double Lat) OldNetwork = (110.3, 0.3);
    private static readonly (double Lon, double Lat) NewNetwork = (111.2, 1.2);

    private static int IndexOf((double Lon, double Lat) place) =>
        Cells.Select((c, i) => (c, i)).Single(x => x.c.Id == Grid.CellAt(place.Lon, place.Lat).Id).i;

    /// <summary>
    /// A network that recruited steadily for a year and stopped four months ago, and a new one, born three months ago,
    /// recruiting a little less per week than the old one did. Over the last year the old one still has more cases.
    /// </summary>
    private static List<CaseInput> MovingNetworks(int seed)
    {
        var random = new Random(seed);
        var cases = new List<CaseInput>();
        for (var day = AsOf.AddDays(-540); day <= AsOf; day = day.AddDays(1))
        {
            var age = AsOf.DayNumber - day.DayNumber;
            var (old, young) = (age > 120 ? 0.9 : 0.0, age < 90 ? 0.7 : 0.0);
            for (var k = PoissonRegressionTests.Poisson(random, old); k > 0; k--)
                cases.Add(Case(OldNetwork, day, random));
            for (var k = PoissonRegressionTests.Poisson(random, young); k > 0; k--)
                cases.Add(Case(NewNetwork, day, random));
        }
        return cases;
    }

    private static CaseInput Case((double Lon, double Lat) at, DateOnly day, Random random) =>
        new(at.Lon + (random.NextDouble() - 0.5) * 0.02, at.Lat + (random.NextDouble() - 0.5) * 0.02, day, 1, 0, false);

    [Fact]
    public void WhereANetworkDiedAndAnotherWasBorn_TheFittedThreat_RanksTheLivingOneFirst_WhichTheYearsCountDoesNot()
    {
        var cases = MovingNetworks(7);
        var inputs = new RiskInputs(AsOf, Cells, cases, [], [], [], []);
        var yearCount = (Place: IndexOf(OldNetwork), Old: cases.Count(c => Grid.CellAt(c.Longitude, c.Latitude).Id == Cells[IndexOf(OldNetwork)].Id && c.ReportedOn > AsOf.AddDays(-365)),
            New: cases.Count(c => Grid.CellAt(c.Longitude, c.Latitude).Id == Cells[IndexOf(NewNetwork)].Id && c.ReportedOn > AsOf.AddDays(-365)));
        Assert.True(yearCount.Old > yearCount.New, $"the world is built so that last year's count favours the dead network ({yearCount.Old} against {yearCount.New})");

        var fitted = RiskModel.Compute(inputs, new RiskOptions());
        var kernel = RiskModel.Compute(inputs, new RiskOptions { FitThreat = false });

        Assert.NotNull(fitted.Fit);
        Assert.Equal(FittedThreat.ModelVersion, fitted.ModelVersion);
        Assert.True(fitted.Threat[IndexOf(NewNetwork)] > 3 * fitted.Threat[IndexOf(OldNetwork)],
            $"new {fitted.Threat[IndexOf(NewNetwork)]}, old {fitted.Threat[IndexOf(OldNetwork)]}, fit {string.Join(", ", fitted.Fit.Features.Zip(fitted.Fit.Coefficients, (f, c) => $"{f}={c:0.###}"))} intercept {fitted.Fit.Intercept:0.###} converged {fitted.Fit.Converged}");
        Assert.True(kernel.Threat[IndexOf(OldNetwork)] > kernel.Threat[IndexOf(NewNetwork)], "the one-year kernel, like the count, still favours the dead network");
        // The recent terms carry the fit: the quarter's count or the near-repeat density leans forward.
        var recent = fitted.Fit!.Coefficients[Array.IndexOf(FittedThreat.FeatureNames, "cellCasesQuarter")]
            + fitted.Fit.Coefficients[Array.IndexOf(FittedThreat.FeatureNames, "recentCaseDensity")];
        Assert.True(recent > 0, $"recent terms {recent}");
        Assert.Equal(6, fitted.Fit.Origins);
    }

    [Fact]
    public void TheExpectedCasesAhead_MatchTheRateTheCellRecruitsAt()
    {
        // The new network recruits 0.7 cases a day: about 20 in the next 28 days, in its cell and its neighbours.
        var inputs = new RiskInputs(AsOf, Cells, MovingNetworks(11), [], [], [], []);

        var fitted = RiskModel.Compute(inputs, new RiskOptions());

        var cellsPerHundredKm = 1e8 / Grid.CellAreaSquareMetres;
        var expected = fitted.Threat.Sum() / cellsPerHundredKm;
        Assert.InRange(expected, 0.7 * 28 * 0.6, 0.7 * 28 * 1.5);
    }

    [Fact]
    public void WithTooLittleHistory_TheKernelThreatStands()
    {
        var cases = new List<CaseInput> { new(110.5, 0.5, AsOf.AddDays(-20), 3, 0, false), new(110.6, 0.5, AsOf.AddDays(-50), 1, 0, false) };

        var result = RiskModel.Compute(new RiskInputs(AsOf, Cells, cases, [], [], [], []), new RiskOptions());

        Assert.Null(result.Fit);
        Assert.Equal(RiskOptions.ModelVersion, result.ModelVersion);
    }
}
