namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Chooses the CUSUM threshold h by simulation: the smallest h whose in-control average run length (weeks until a
/// false alarm when counts are Poisson with the true mean) is at least the target, e.g. 165 weeks ≈ one false alarm
/// in three years per area. The chart never knows the true mean, only a baseline estimated from past weeks, so each
/// simulated run plugs in its own estimate (the mean of <see cref="SeasonalBaseline.MinimumValues"/> draws): ignoring
/// that error would set h too low and alarm several times as often as promised. Run lengths are censored at a cap;
/// the seed is fixed, so thresholds are reproducible.
/// </summary>
public static class CusumThresholds
{
    public static double Find(double mu0, double shiftRatio, double targetArl, int replications = 600, int seed = 4242)
    {
        mu0 = Math.Max(mu0, PoissonCusum.MinimumMean);
        double low = 0, high = 2;
        while (AverageRunLength(mu0, shiftRatio, high, targetArl, replications, seed) < targetArl)
            high *= 2;
        for (var i = 0; i < 14; i++)
        {
            var mid = (low + high) / 2;
            if (AverageRunLength(mu0, shiftRatio, mid, targetArl, replications, seed) >= targetArl)
                high = mid;
            else
                low = mid;
        }
        return high;
    }

    /// <summary>Mean weeks to the first alarm; each run is stopped at 10 × target, which only lowers the estimate.</summary>
    public static double AverageRunLength(double mu0, double shiftRatio, double h, double targetArl, int replications, int seed)
    {
        var random = new Random(seed);
        var cap = (int)(10 * targetArl);
        double total = 0;
        for (var r = 0; r < replications; r++)
        {
            double estimate = 0;
            for (var i = 0; i < SeasonalBaseline.MinimumValues; i++)
                estimate += Poisson(random, mu0);
            var k = PoissonCusum.ReferenceValue(Math.Max(estimate / SeasonalBaseline.MinimumValues, PoissonCusum.MinimumMean), shiftRatio);
            double s = 0;
            var t = 0;
            while (t < cap)
            {
                t++;
                s = Math.Max(0, s + Poisson(random, mu0) - k);
                if (s >= h)
                    break;
            }
            total += t;
        }
        return total / replications;
    }

    /// <summary>Knuth's multiplication method for small means, a normal approximation above 30.</summary>
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
