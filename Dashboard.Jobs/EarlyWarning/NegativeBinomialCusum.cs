namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// CUSUM for overdispersed counts: the log-likelihood ratio of a negative binomial with mean ρμ₀ against mean μ₀ at
/// the same size r = μ₀ / (φ − 1), scaled to count units, gives Sₜ = max(0, Sₜ₋₁ + xₜ − k) with
/// k = r · ln((r + ρμ₀) / (r + μ₀)) / ln(ρ (r + μ₀) / (r + ρμ₀)). At φ = 1 (r → ∞) it is the Poisson CUSUM's k;
/// above 1 k moves little (2.448 against 2.466 at μ₀ = 2, φ = 2): what dispersion changes is the spread of the
/// statistic, so the threshold h must be simulated for the area's φ (<see cref="CusumThresholds"/>).
/// </summary>
public static class NegativeBinomialCusum
{
    public static double ReferenceValue(double mu0, double shiftRatio, double dispersion)
    {
        if (dispersion <= 1 + 1e-9)
            return PoissonCusum.ReferenceValue(mu0, shiftRatio);
        if (mu0 <= 0 || shiftRatio <= 1)
            throw new ArgumentOutOfRangeException(nameof(mu0), "Need μ₀ > 0 and a shift ratio above 1.");
        var r = mu0 / (dispersion - 1);
        var mu1 = shiftRatio * mu0;
        return r * Math.Log((r + mu1) / (r + mu0)) / Math.Log(shiftRatio * (r + mu0) / (r + mu1));
    }

    /// <summary>The statistic after each week against per-week mean and dispersion, restarting after an alarm.</summary>
    public static CusumTrace Run(IReadOnlyList<int> counts, IReadOnlyList<double> baseline, IReadOnlyList<double> dispersion, double shiftRatio, double threshold)
    {
        if (counts.Count != baseline.Count || counts.Count != dispersion.Count)
            throw new ArgumentException("Counts, baseline and dispersion must cover the same weeks.", nameof(baseline));
        var statistic = new double[counts.Count];
        var alarms = new List<int>();
        double s = 0;
        for (var t = 0; t < counts.Count; t++)
        {
            s = Math.Max(0, s + counts[t] - ReferenceValue(Math.Max(baseline[t], PoissonCusum.MinimumMean), shiftRatio, dispersion[t]));
            statistic[t] = s;
            if (s >= threshold)
            {
                alarms.Add(t);
                s = 0;
            }
        }
        return new CusumTrace(statistic, alarms);
    }
}
