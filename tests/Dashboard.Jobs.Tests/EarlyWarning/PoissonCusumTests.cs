using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class PoissonCusumTests
{
    [Fact]
    public void ReferenceValue_ForADoublingOfTwo_IsTwoOverLnTwo() =>
        Assert.Equal(2.8853901, PoissonCusum.ReferenceValue(2, 2), 6); // (4 − 2) / ln 2

    [Fact]
    public void Run_AlarmsOnTheSurgeWeek_AndRestartsAfterIt()
    {
        // k = 2.88539; weeks of 2, 2 stay at 0; a week of 8 gives 5.1146 ≥ 5: alarm, restart; the next 8 alarms again.
        var trace = PoissonCusum.Run([2, 2, 8, 8], [2, 2, 2, 2], shiftRatio: 2, threshold: 5);

        Assert.Equal([0, 0, 5.1146099, 5.1146099], trace.Statistic.Select(s => Math.Round(s, 7)));
        Assert.Equal([2, 3], trace.AlarmWeeks);
    }

    [Fact]
    public void Run_AccumulatesModestExcessUntilItCrossesTheThreshold()
    {
        // 5 a week against k = 2.88539 adds 2.11461 a week: 2.11, 4.23, 6.34 → alarm in the third week.
        var trace = PoissonCusum.Run([5, 5, 5], [2, 2, 2], shiftRatio: 2, threshold: 6);

        Assert.Equal([2], trace.AlarmWeeks);
        Assert.Equal(4.2292198, trace.Statistic[1], 6);
    }

    [Fact]
    public void Run_WithAnEmptyBaseline_UsesTheFloorSoOneCaseDoesNotAlarm()
    {
        var trace = PoissonCusum.Run([1], [0], shiftRatio: 2, threshold: 1.5);

        Assert.Empty(trace.AlarmWeeks);
    }
}
