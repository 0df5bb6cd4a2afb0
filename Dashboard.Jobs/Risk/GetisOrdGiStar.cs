namespace Dashboard.Jobs.Risk;

/// <summary>
/// Getis–Ord Gi* with binary weights (1 for the cell itself and every neighbour within the distance band, else 0):
/// Gi* = (Σⱼ wᵢⱼ xⱼ − X̄ Σⱼ wᵢⱼ) / (S · √((n Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²) / (n − 1))),
/// X̄ = Σx / n and S = √(Σx² / n − X̄²), over all n cells. Gi* is a z-score: large and positive marks a cluster
/// of high values (Getis &amp; Ord 1992; Ord &amp; Getis 1995).
/// </summary>
public static class GetisOrdGiStar
{
    /// <param name="values">xⱼ for every cell in the study area (zeros included: they are part of the mean).</param>
    /// <param name="neighbours">For cell i, the indices j with wᵢⱼ = 1, i itself included.</param>
    public static double[] ZScores(IReadOnlyList<double> values, Func<int, IEnumerable<int>> neighbours)
    {
        var n = values.Count;
        if (n < 2)
            return new double[n];
        var mean = values.Sum() / n;
        var s = Math.Sqrt(Math.Max(values.Sum(v => v * v) / n - mean * mean, 0));
        var z = new double[n];
        if (s == 0)
            return z;
        for (var i = 0; i < n; i++)
        {
            double sum = 0, weights = 0;
            foreach (var j in neighbours(i))
            {
                sum += values[j];
                weights += 1;
            }
            var denominator = s * Math.Sqrt((n * weights - weights * weights) / (n - 1));
            z[i] = denominator > 0 ? (sum - mean * weights) / denominator : 0;
        }
        return z;
    }
}
