using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class TwoStreamCusumTests
{
    private const double Target = 165;

    [Fact]
    public void ARiseInBothStreams_AlarmsSoonerThanEitherStreamAlone()
    {
        // Cases expect 2 a week and credible reports 3 (weighted); from week 20 both run 1.6 × higher, exactly.
        const int weeks = 80;
        double[] Series(double mean) => [.. Enumerable.Range(0, weeks).Select(t => t >= 20 ? mean * 1.6 : mean)];
        var cases = Series(2);
        var reports = Series(3);
        var caseBase = Enumerable.Repeat(2.0, weeks).ToArray();
        var reportBase = Enumerable.Repeat(3.0, weeks).ToArray();

        var combined = TwoStreamCusum.Run(cases, caseBase, reports, reportBase, 1.5, TwoStreamCusum.Threshold(2, 3, 1.5, Target)).AlarmWeeks[0];
        // Each stream alone, at its own threshold for the same false-alarm rate (counts rounded: the Poisson chart takes integers).
        var casesAlone = PoissonCusum.Run([.. cases.Select(c => (int)Math.Round(c))], caseBase, 1.5, CusumThresholds.Find(2, 1.5, Target)).AlarmWeeks[0];
        var reportsAlone = PoissonCusum.Run([.. reports.Select(c => (int)Math.Round(c))], reportBase, 1.5, CusumThresholds.Find(3, 1.5, Target)).AlarmWeeks[0];

        Assert.True(combined >= 20, "no alarm before the rise");
        Assert.True(combined < Math.Min(casesAlone, reportsAlone), $"combined {combined}, cases {casesAlone}, reports {reportsAlone}");
    }

    [Fact]
    public void Increment_IsTheSumOfBothStreamsLogLikelihoodRatios()
    {
        // Cases 3 against k(2) = 1/ln 1.5, reports 6 against k(4) = 2/ln 1.5, each times the slope ln 1.5.
        var expected = Math.Log(1.5) * (3 - 1 / Math.Log(1.5)) + Math.Log(1.5) * (6 - 2 / Math.Log(1.5));
        Assert.Equal(expected, TwoStreamCusum.Increment(3, 2, 6, 4, 1.5), 12);
    }

    [Fact]
    public void ChartAtTheChosenThreshold_AveragesTheTargetWeeksBetweenFalseAlarms()
    {
        var h = TwoStreamCusum.Threshold(1, 4, 1.5, Target);
        var random = new Random(515);
        var weeks = (int)(Target * 12_000);
        var cases = new double[weeks];
        var reports = new double[weeks];
        for (var i = 0; i < weeks; i++)
        {
            cases[i] = CusumThresholds.Poisson(random, 1);
            reports[i] = CusumThresholds.Poisson(random, 4);
        }

        var alarms = TwoStreamCusum.Run(cases, Enumerable.Repeat(1.0, weeks).ToArray(), reports, Enumerable.Repeat(4.0, weeks).ToArray(), 1.5, h).AlarmWeeks.Count;

        Assert.InRange((double)weeks / alarms, Target * 0.94, Target * 1.10);
    }
}
