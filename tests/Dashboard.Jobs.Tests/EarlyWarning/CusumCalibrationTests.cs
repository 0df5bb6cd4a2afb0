using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

/// <summary>
/// The promise behind every threshold: a chart at the h that <see cref="CusumThresholds"/> chooses, fed in-control
/// counts at the true mean, averages the target number of weeks between false alarms. Checked independently of the
/// calibration's own simulation: another seed, Knuth's sampler instead of the table, and the detector's own
/// <see cref="PoissonCusum.Run"/> over one long series (it restarts after each alarm, so weeks / alarms is the ARL).
/// </summary>
public sealed class CusumCalibrationTests
{
    private const double Target = 165;

    [Theory]
    [InlineData(0.2)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void ChartAtTheChosenThreshold_AveragesTheTargetWeeksBetweenFalseAlarms(double mean)
    {
        var h = CusumThresholds.Find(mean, 1.5, Target);
        var random = new Random(20260 + (int)(mean * 10));
        // 12 000 false alarms: the standard error of the measured ARL is about 1 %.
        var weeks = (int)(Target * 12_000);
        var counts = new int[weeks];
        for (var i = 0; i < weeks; i++)
            counts[i] = CusumThresholds.Poisson(random, mean);

        var alarms = PoissonCusum.Run(counts, Enumerable.Repeat(mean, weeks).ToArray(), 1.5, h).AlarmWeeks.Count;
        var arl = (double)weeks / alarms;

        // Stated tolerance: within −6 % / +10 % of the target (the upper side allows for the steps of a discrete chart).
        Assert.InRange(arl, Target * 0.94, Target * 1.10);
    }
}
