namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Draws weekly counts from a Poisson or negative-binomial law by inverting a precomputed cumulative table: one
/// uniform per draw and exact at any mean, where Knuth's method costs a uniform per unit of the mean and a normal
/// approximation misses the skew in the tail that decides when a chart alarms. The dispersion φ is variance / mean:
/// 1 is Poisson, above 1 a negative binomial of size μ / (φ − 1).
/// </summary>
public sealed class CountSampler
{
    private readonly double[] _cumulative;

    public CountSampler(double mean, double dispersion = 1)
    {
        if (mean < 0 || double.IsNaN(mean))
            throw new ArgumentOutOfRangeException(nameof(mean));
        if (dispersion < 1)
            throw new ArgumentOutOfRangeException(nameof(dispersion), "Under-dispersion is not modelled.");
        Mean = mean;
        Dispersion = dispersion;
        // Log-space recursion from P(0) so large means do not underflow; the table ends where the tail is negligible.
        var poisson = dispersion <= 1 + 1e-9;
        var size = poisson ? double.PositiveInfinity : mean / (dispersion - 1);
        var logP = poisson ? -mean : size * Math.Log(size / (size + mean));
        var cumulative = new List<double>();
        double sum = 0;
        for (var n = 0; ; n++)
        {
            sum += Math.Exp(logP);
            cumulative.Add(sum);
            if ((n > mean && 1 - sum < 1e-12) || n > 100_000)
                break;
            logP += poisson ? Math.Log(mean / (n + 1)) : Math.Log((n + size) / (n + 1) * mean / (size + mean));
        }
        _cumulative = [.. cumulative];
    }

    public double Mean { get; }

    public double Dispersion { get; }

    public int Next(Random random)
    {
        var u = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, u);
        return index >= 0 ? index : Math.Min(~index, _cumulative.Length - 1);
    }
}
