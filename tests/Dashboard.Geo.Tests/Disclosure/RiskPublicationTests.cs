using Dashboard.Geo.Disclosure;

namespace Dashboard.Geo.Tests.Disclosure;

public sealed class RiskPublicationTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void RunToRunDifferencing_TwoRunsAroundAReport_ShowTheSamePublishedRun()
    {
        // Published daily at 06:00 WIB. Run 7 finished at 05:00, a report came in, run 8 finished at 09:00.
        (int, DateTimeOffset)[] runs = [(7, new(2026, 12, 2, 5, 0, 0, Wib)), (8, new(2026, 12, 2, 9, 0, 0, Wib))];
        var before = RiskPublication.LastPublishedAt(new DateTimeOffset(2026, 12, 2, 8, 0, 0, Wib), RiskPublicationSchedule.Daily, 6);
        var after = RiskPublication.LastPublishedAt(new DateTimeOffset(2026, 12, 2, 10, 0, 0, Wib), RiskPublicationSchedule.Daily, 6);

        Assert.Equal(before, after);
        Assert.Equal(7, RiskPublication.PublishedRun(runs, before));
        Assert.Equal(7, RiskPublication.PublishedRun(runs, after));
        Assert.Equal(8, RiskPublication.PublishedRun(runs, RiskPublication.LastPublishedAt(new DateTimeOffset(2026, 12, 3, 6, 0, 0, Wib), RiskPublicationSchedule.Daily, 6)));
    }

    [Fact]
    public void WeeklyPublication_IsMondayAtTheHour()
    {
        var at = RiskPublication.LastPublishedAt(new DateTimeOffset(2026, 12, 2, 4, 0, 0, Wib), RiskPublicationSchedule.Weekly, 6);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 6, 0, 0, Wib), at);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, Wib),
            RiskPublication.LastPublishedAt(new DateTimeOffset(2026, 11, 30, 5, 59, 0, Wib), RiskPublicationSchedule.Weekly, 6));
    }

    [Fact]
    public void BeforeTheFirstPublishedRun_NothingIsPublished()
    {
        Assert.Null(RiskPublication.PublishedRun([(1, new DateTimeOffset(2026, 12, 2, 7, 0, 0, Wib))], new DateTimeOffset(2026, 12, 2, 6, 0, 0, Wib)));
    }

    [Theory]
    [InlineData(0.10, RiskClass.Low)]
    [InlineData(0.30, RiskClass.Moderate)]
    [InlineData(0.50, RiskClass.High)]
    [InlineData(0.95, RiskClass.VeryHigh)]
    public void Scores_AreClassedAgainstTheirRunsDistribution(double score, RiskClass expected) =>
        Assert.Equal(expected, RiskClasses.OfScore(score, median: 0.2, p75: 0.4, p90: 0.8));

    [Fact]
    public void Drivers_AreNamesInClassOrder_TiesByName_NotByTheRawRatio()
    {
        // 1.31 and 1.9 are both "high": the raw ratios must not order them.
        var drivers = RiskClasses.Drivers([("vulnerability", 1.9), ("threat", 1.31), ("impact", 3.0), ("other", 0.7)]);

        Assert.Equal(["impact", "threat", "vulnerability"], drivers);
        Assert.Equal(0.12, RiskClasses.Round(0.123456));
    }
}
