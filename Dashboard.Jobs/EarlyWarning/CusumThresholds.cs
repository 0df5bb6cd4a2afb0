namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Chooses the CUSUM threshold h by simulation: the smallest h whose in-control average run length (weeks until a
/// false alarm when counts follow the baseline mean μ₀) is at least the target, e.g. 165 weeks ≈ one false alarm in
/// three years per area. The simulated chart is the one the detector runs: reference value k from μ₀ itself.
/// <para>
/// An earlier version gave each simulated run its own k from a baseline estimated out of 15 draws. That looks
/// prudent but errs the wrong way: run lengths grow steeply as k rises, so the few runs with an over-estimated
/// baseline (run lengths in the thousands) dominate the average, and h came out so low that the chart fed the true
/// mean alarmed every 78–120 weeks instead of 165. Baseline estimation error is handled where it arises — in the
/// baseline (more past weeks, a fitted model) and is measured end to end by the bench — not by averaging it away here.
/// </para>
/// Run lengths are censored at 10 × the target (probability about e⁻¹⁰ near h); the seed is fixed and every bisection
/// step reuses it (common random numbers), so the run length is monotone in h and thresholds are reproducible.
/// </summary>
public static class CusumThresholds
{
    /// <summary>Enough runs for a standard error of about 1.6 % of the target run length.</summary>
    public const int DefaultReplications = 4000;

    /// <param name="dispersion">Variance / mean of the counts: 1 for the Poisson chart, above 1 for the negative-binomial one.</param>
    public static double Find(double mu0, double shiftRatio, double targetArl, int replications = DefaultReplications, int seed = 4242, double dispersion = 1)
    {
        mu0 = Math.Max(mu0, PoissonCusum.MinimumMean);
        // The result is a pure function of its arguments, and the briefing asks for one on every page view.
        return Known.GetOrAdd((mu0, shiftRatio, targetArl, replications, seed, dispersion), _ => Bisect(mu0, shiftRatio, targetArl, replications, seed, dispersion));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, double, double, int, int, double), double> Known = new();

    private static double Bisect(double mu0, double shiftRatio, double targetArl, int replications, int seed, double dispersion) =>
        SmallestReaching(h => AverageRunLength(mu0, shiftRatio, h, targetArl, replications, seed, dispersion), targetArl);

    /// <summary>
    /// The smallest threshold h whose run length reaches <paramref name="targetArl"/>, by doubling then 16 halvings:
    /// a chart's in-control run length grows with h, so the search needs nothing else of the chart.
    /// </summary>
    internal static double SmallestReaching(Func<double, double> averageRunLength, double targetArl)
    {
        double low = 0, high = 2;
        while (averageRunLength(high) < targetArl)
            high *= 2;
        for (var i = 0; i < 16; i++)
        {
            var mid = (low + high) / 2;
            if (averageRunLength(mid) >= targetArl)
                high = mid;
            else
                low = mid;
        }
        return high;
    }

    /// <summary>Mean weeks to the first alarm of a chart with k = k(μ₀, φ) fed counts of mean μ₀ and dispersion φ; runs stop at 10 × target.</summary>
    public static double AverageRunLength(double mu0, double shiftRatio, double h, double targetArl, int replications, int seed, double dispersion = 1)
    {
        var sampler = new CountSampler(mu0, dispersion);
        var k = NegativeBinomialCusum.ReferenceValue(Math.Max(mu0, PoissonCusum.MinimumMean), shiftRatio, dispersion);
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
                s = Math.Max(0, s + sampler.Next(random) - k);
                if (s >= h)
                    break;
            }
            total += t;
        }
        return total / replications;
    }

    /// <summary>Knuth's multiplication method for small means, a normal approximation above 30 (for quick test series).</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean > 30)
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Gaussian(random)));
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var n = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            n++;
        }
        return n;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
