using Dashboard.Jobs.Risk;

namespace Dashboard.Jobs.Tests.Risk;

public sealed class GetisOrdGiStarTests
{
    [Fact]
    public void ZScores_OnALineOfFiveCells_MatchHandComputedValues()
    {
        // x = 1, 2, 3, 10, 12; neighbours are i−1, i, i+1. X̄ = 5.6, S = 4.49889.
        // Cell 4: (10 + 12 − 5.6·2) / (4.49889 · √((5·2 − 4)/4)) = 10.8 / 5.50999 = 1.96008.
        double[] values = [1, 2, 3, 10, 12];

        var z = GetisOrdGiStar.ZScores(values, i => new[] { i - 1, i, i + 1 }.Where(j => j is >= 0 and < 5));

        Assert.Equal(-1.4882057, z[0], 6);
        Assert.Equal(-1.9600758, z[1], 6);
        Assert.Equal(-0.3266793, z[2], 6);
        Assert.Equal(1.4882057, z[3], 6);
        Assert.Equal(1.9600758, z[4], 6);
    }

    [Fact]
    public void ZScores_WhenAllValuesAreEqual_AreZero()
    {
        var z = GetisOrdGiStar.ZScores([4, 4, 4], i => [i]);

        Assert.All(z, v => Assert.Equal(0, v));
    }

    [Fact]
    public void BenjaminiHochberg_StepsUpPastAFailingMiddleRank()
    {
        // m = 4, q = 0.05: thresholds 0.0125, 0.025, 0.0375, 0.05. Rank 2 (0.03) fails on its own,
        // but rank 3 (0.035 ≤ 0.0375) passes, so ranks 1–3 are all significant.
        var significant = FalseDiscoveryRate.Significant([0.035, 0.001, 0.9, 0.03], 0.05);

        Assert.Equal([true, true, false, true], significant);
    }

    [Fact]
    public void BenjaminiHochberg_NothingBelowTheLine_NothingSignificant() =>
        Assert.All(FalseDiscoveryRate.Significant([0.2, 0.3, 0.04], 0.05), s => Assert.False(s));

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959964, 0.025)]
    [InlineData(2.326348, 0.01)]
    [InlineData(-1.959964, 0.975)]
    public void UpperTailP_MatchesTheNormalTable(double z, double p) =>
        Assert.Equal(p, FalseDiscoveryRate.UpperTailP(z), 6);
}
