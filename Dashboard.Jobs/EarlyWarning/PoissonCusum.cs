namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Poisson CUSUM (Lucas 1985) for counts against an in-control mean μ₀, tuned to detect a shift to μ₁ = ρ·μ₀:
/// reference value k = (μ₁ − μ₀) / ln(μ₁/μ₀), statistic Sₜ = max(0, Sₜ₋₁ + xₜ − k), alarm when Sₜ ≥ h.
/// With a seasonal baseline μ₀ changes week by week, so k is recomputed for each week.
/// </summary>
public static class PoissonCusum
{
    public static double ReferenceValue(double mu0, double shiftRatio)
    {
        if (mu0 <= 0 || shiftRatio <= 1)
            throw new ArgumentOutOfRangeException(nameof(mu0), "Need μ₀ > 0 and a shift ratio above 1.");
        var mu1 = shiftRatio * mu0;
        return (mu1 - mu0) / Math.Log(mu1 / mu0);
    }

    /// <summary>The statistic after each week, restarting from zero after an alarm so a long surge alarms again.</summary>
    public static CusumTrace Run(IReadOnlyList<int> counts, IReadOnlyList<double> baseline, double shiftRatio, double threshold)
    {
        if (counts.Count != baseline.Count)
            throw new ArgumentException("Counts and baseline must cover the same weeks.", nameof(baseline));
        var statistic = new double[counts.Count];
        var alarms = new List<int>();
        double s = 0;
        for (var t = 0; t < counts.Count; t++)
        {
            s = Math.Max(0, s + counts[t] - ReferenceValue(Math.Max(baseline[t], MinimumMean), shiftRatio));
            statistic[t] = s;
            if (s >= threshold)
            {
                alarms.Add(t);
                s = 0;
            }
        }
        return new CusumTrace(statistic, alarms);
    }

    /// <summary>Floor for the baseline, so a week that has never seen a case cannot make one case an alarm by itself.</summary>
    public const double MinimumMean = 0.2;
}
