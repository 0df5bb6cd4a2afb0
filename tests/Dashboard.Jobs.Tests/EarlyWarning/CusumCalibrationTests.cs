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

/// <summary>
/// The same promise for overdispersed counts (dispersion 1.5, negative binomial drawn as a gamma–Poisson mixture,
/// independently of the calibration's table sampler), at the threshold chosen for that dispersion.
/// </summary>
public sealed class NegativeBinomialCalibrationTests
{
    private const double Target = 165;

    [Theory]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void ChartAtTheChosenThreshold_AveragesTheTargetWeeksBetweenFalseAlarms(double mean)
    {
        const double phi = 1.5;
        var h = CusumThresholds.Find(mean, 1.5, Target, dispersion: phi);
        var random = new Random(9001 + (int)(mean * 10));
        var size = mean / (phi - 1);
        var weeks = (int)(Target * 12_000);
        var counts = new int[weeks];
        for (var i = 0; i < weeks; i++)
            counts[i] = CusumThresholds.Poisson(random, Gamma(random, size) * mean / size);

        var alarms = NegativeBinomialCusum.Run(counts, Enumerable.Repeat(mean, weeks).ToArray(), Enumerable.Repeat(phi, weeks).ToArray(), 1.5, h)
            .AlarmWeeks.Count;
        var arl = (double)weeks / alarms;

        Assert.InRange(arl, Target * 0.94, Target * 1.10);
        // And the Poisson threshold would be too low for these counts: the reason the dispersion is measured.
        var poissonH = CusumThresholds.Find(mean, 1.5, Target);
        var poissonAlarms = PoissonCusum.Run(counts, Enumerable.Repeat(mean, weeks).ToArray(), 1.5, poissonH).AlarmWeeks.Count;
        Assert.True((double)weeks / poissonAlarms < Target * 0.8);
    }

    /// <summary>Marsaglia–Tsang gamma(shape ≥ 1, scale 1).</summary>
    private static double Gamma(Random random, double shape)
    {
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(1 - u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
                return d * v;
        }
    }
}
