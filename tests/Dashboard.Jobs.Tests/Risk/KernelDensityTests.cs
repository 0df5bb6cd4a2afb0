using Dashboard.Geo.Spatial;
using Dashboard.Jobs.Risk;

namespace Dashboard.Jobs.Tests.Risk;

public sealed class KernelDensityTests
{
    [Theory]
    [InlineData(0.0, 0.954929658)]  // 3/π
    [InlineData(0.5, 0.537147933)]  // 3/π · 0.75²
    [InlineData(1.0, 0.0)]
    [InlineData(1.5, 0.0)]
    public void Kernel_WithUnitBandwidth_MatchesTheQuarticFormula(double distance, double expected) =>
        Assert.Equal(expected, KernelDensity.Kernel(distance, 1.0), 8);

    [Fact]
    public void Estimate_SpreadsThePointsWeightAndKeepsItsTotal()
    {
        var grid = new HexGrid(1000);
        var kde = new KernelDensity(grid, 10_000);

        var density = kde.Estimate([new WeightedPoint(110.0, -7.0, 3.0)]);

        // Σ density · cell area ≈ the weight, since the disc covers hundreds of cells.
        var total = density.Values.Sum() * grid.CellAreaSquareMetres;
        Assert.Equal(3.0, total, 1);
        var home = grid.CellAt(110.0, -7.0).Id;
        Assert.Equal(density.Values.Max(), density[home]);
    }

    [Fact]
    public void Estimate_TwoPointsFarApart_DoNotTouch()
    {
        var kde = new KernelDensity(new HexGrid(1000), 5_000);

        var one = kde.Estimate([new WeightedPoint(110.0, -7.0, 1)]);
        var both = kde.Estimate([new WeightedPoint(110.0, -7.0, 1), new WeightedPoint(111.0, -7.0, 1)]);

        Assert.Equal(2 * one.Count, both.Count);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 7)]
    [InlineData(2, 19)]
    [InlineData(5, 91)]
    public void HexRings_CountIsOnePlusThreeNNPlusOne(int rings, int expected) =>
        Assert.Equal(expected, HexRings.Offsets(rings).Count);

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(30, 0.5)]
    [InlineData(60, 0.25)]
    [InlineData(-5, 1.0)]
    public void TimeDecay_HalvesEveryHalfLife(double ageDays, double expected) =>
        Assert.Equal(expected, TimeDecay.Weight(ageDays, 30), 12);
}
