using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class TrendLineTests
{
    private static readonly EarlyWarningOptions Options = new();

    private static List<(DateOnly, int)> Weeks(IEnumerable<int> counts) =>
        [.. counts.Select((c, i) => (new DateOnly(2023, 1, 2).AddDays(7 * i), c))];

    [Fact]
    public void Compute_OnASteadySeries_ExpectsItsMean_AndNeverAlarms()
    {
        var steady = Weeks(Enumerable.Range(0, 200).Select(i => 4 + (i % 3) - 1));

        var trend = TrendLine.Compute(steady, 26, Options);

        Assert.Equal(26, trend.Count);
        Assert.All(trend, p => Assert.InRange(p.Expected, 3.0, 5.0));
        Assert.All(trend, p => Assert.True(p.AlarmLevel > p.Expected + 2, $"alarm level {p.AlarmLevel} too close to {p.Expected}"));
        Assert.DoesNotContain(trend, p => p.Alarm);
        Assert.Equal(steady[^1].Item1, trend[^1].WeekStart);
    }

    [Fact]
    public void Compute_AWeekAboveTheAlarmLevel_IsMarked()
    {
        var counts = Enumerable.Range(0, 200).Select(i => 4 + (i % 3) - 1).ToList();
        counts[^2] = 25;

        var trend = TrendLine.Compute(Weeks(counts), 26, Options);

        Assert.True(trend[^2].Count >= trend[^2].AlarmLevel);
        Assert.True(trend[^2].Alarm);
        Assert.False(trend[^3].Alarm);
    }
}
