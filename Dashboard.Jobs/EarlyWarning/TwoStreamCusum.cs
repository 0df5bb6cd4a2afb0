namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// One CUSUM over two streams of the same area: cases, and field reports weighted by credibility (or screenings) as
/// a leading indicator. Each week adds the sum of both streams' log-likelihood ratios for a rise to ρ × their
/// baselines, ln ρ·(x − k) for Poisson counts, so a moderate rise in both adds up and alarms sooner than either
/// stream's own chart; a rise in one alone still counts, at that stream's weight. The threshold (in log-likelihood
/// units) is simulated for the two in-control means like <see cref="CusumThresholds"/>. Weighted report counts are
/// treated as Poisson in the weights' units — a simplification: a credibility-weighted sum is less dispersed than that.
/// </summary>
public static class TwoStreamCusum
{
    public static double Increment(double cases, double caseMean, double reports, double reportMean, double shiftRatio)
    {
        var slope = Math.Log(shiftRatio);
        return slope * (cases - PoissonCusum.ReferenceValue(Math.Max(caseMean, PoissonCusum.MinimumMean), shiftRatio))
            + slope * (reports - PoissonCusum.ReferenceValue(Math.Max(reportMean, PoissonCusum.MinimumMean), shiftRatio));
    }

    public static CusumTrace Run(IReadOnlyList<double> cases, IReadOnlyList<double> caseBaseline, IReadOnlyList<double> reports,
        IReadOnlyList<double> reportBaseline, double shiftRatio, double threshold)
    {
        if (cases.Count != caseBaseline.Count || reports.Count != cases.Count || reportBaseline.Count != cases.Count)
            throw new ArgumentException("Both streams and their baselines must cover the same weeks.", nameof(reports));
        var statistic = new double[cases.Count];
        var alarms = new List<int>();
        double s = 0;
        for (var t = 0; t < cases.Count; t++)
        {
            s = Math.Max(0, s + Increment(cases[t], caseBaseline[t], reports[t], reportBaseline[t], shiftRatio));
            statistic[t] = s;
            if (s >= threshold)
            {
                alarms.Add(t);
                s = 0;
            }
        }
        return new CusumTrace(statistic, alarms);
    }

    /// <summary>The smallest h whose simulated in-control run length reaches the target (fixed seed, bisection).</summary>
    public static double Threshold(double caseMean, double reportMean, double shiftRatio, double targetArl, int replications = CusumThresholds.DefaultReplications, int seed = 4243) =>
        CusumThresholds.SmallestReaching(h => AverageRunLength(caseMean, reportMean, shiftRatio, h, targetArl, replications, seed), targetArl);

    public static double AverageRunLength(double caseMean, double reportMean, double shiftRatio, double h, double targetArl, int replications, int seed)
    {
        caseMean = Math.Max(caseMean, PoissonCusum.MinimumMean);
        reportMean = Math.Max(reportMean, PoissonCusum.MinimumMean);
        var caseSampler = new CountSampler(caseMean);
        var reportSampler = new CountSampler(reportMean);
        var random = new Random(seed);
        var cap = (int)(10 * targetArl);
        double total = 0;
        for (var r = 0; r < replications; r++)
        {
            double s = 0;
            var t = 0;
            while (t < cap)
            {
                t++;
                s = Math.Max(0, s + Increment(caseSampler.Next(random), caseMean, reportSampler.Next(random), reportMean, shiftRatio));
                if (s >= h)
                    break;
            }
            total += t;
        }
        return total / replications;
    }
}
