using Dashboard.Geo.Queries.Risk;

namespace Dashboard.Geo.Tests.Queries;

public sealed class RiskBandsTests
{
    private static readonly double[] Cuts = [0.475, 0.6625, 0.775, 0.8125, 0.8425];

    [Theory]
    [InlineData(0.1, -1)]
    [InlineData(0.475, -1)] // at the median is not above it, as the map leaves such a cell clear
    [InlineData(0.5, 0)]
    [InlineData(0.7, 1)]
    [InlineData(0.8, 2)]
    [InlineData(0.82, 3)]
    [InlineData(0.85, 4)]
    public void AScore_FallsInTheHighestBandWhoseCutItExceeds(double score, int band) =>
        Assert.Equal(band, RiskBands.Of(score, Cuts));

    [Fact]
    public void TheFirstThreeCuts_AreTheMedianAndThe75thAnd90thPercentile_TheClassesOfTheDisclosureModule()
    {
        var distribution = new RiskDistribution(Cuts, 1, 1, 1);

        Assert.Equal((0.475, 0.6625, 0.775), (distribution.Median, distribution.P75, distribution.P90));
        Assert.Equal([0.5, 0.75, 0.9, 0.95, 0.99], RiskBands.Percentiles);
    }
}
