namespace Dashboard.Jobs.Risk;

/// <summary>
/// Benjamini–Hochberg: with m tests sorted by p-value, reject the k smallest where k is the largest rank with
/// p₍ₖ₎ ≤ k/m · q. Keeps the expected share of false hot spots among those declared at q, however many cells.
/// </summary>
public static class FalseDiscoveryRate
{
    public static bool[] Significant(IReadOnlyList<double> pValues, double q)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var cutoff = -1;
        for (var rank = m; rank >= 1; rank--)
        {
            if (pValues[order[rank - 1]] <= (double)rank / m * q)
            {
                cutoff = rank;
                break;
            }
        }
        var significant = new bool[m];
        for (var rank = 1; rank <= cutoff; rank++)
            significant[order[rank - 1]] = true;
        return significant;
    }

    /// <summary>One-sided p-value of a z-score (hot spots only): P(Z ≥ z).</summary>
    public static double UpperTailP(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>Complementary error function (Numerical Recipes' erfc, relative error below 1.2e-7).</summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
            t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
