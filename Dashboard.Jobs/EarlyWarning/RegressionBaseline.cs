namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// The expected count and dispersion of each week from a quasi-Poisson regression on <see cref="BaselineCalendar"/>
/// terms (trend, annual harmonics, the weeks after Eid al-Fitr and Eid al-Adha) fitted to up to five past years, as
/// Farrington-flexible does: unlike <see cref="SeasonalBaseline"/> it follows growth instead of lagging it, puts the
/// Lebaran peak in the year's own Lebaran weeks, and says how overdispersed the area is. Past outbreaks would inflate
/// the baseline, so weeks whose standardised residual exceeds 2.58 are dropped and the model refitted once.
/// The model is refitted every <c>refitWeeks</c> and predicts the weeks up to the next refit; only the past is used.
/// Weeks with under two years of history are NaN: the caller falls back to the seasonal mean.
/// </summary>
public static class RegressionBaseline
{
    public const int MinimumHistoryWeeks = 104;
    public const int WindowWeeks = 5 * 52;
    private const double OutbreakResidual = 2.58;

    public static (double[] Expected, double[] Dispersion) Compute(IReadOnlyList<DateOnly> weeks, IReadOnlyList<int> counts, int refitWeeks = 4)
    {
        if (weeks.Count != counts.Count)
            throw new ArgumentException("Weeks and counts must have the same length.", nameof(counts));
        var expected = Enumerable.Repeat(double.NaN, counts.Count).ToArray();
        var dispersion = Enumerable.Repeat(double.NaN, counts.Count).ToArray();
        if (counts.Count == 0)
            return (expected, dispersion);
        var origin = weeks[0];
        var x = weeks.Select(w => BaselineCalendar.Of(w, origin)).ToArray();
        for (var t = MinimumHistoryWeeks; t < counts.Count; t += refitWeeks)
        {
            var from = Math.Max(0, t - WindowWeeks);
            var fit = FitWindow(x[from..t], counts.Skip(from).Take(t - from).Select(c => (double)c).ToArray());
            for (var s = t; s < Math.Min(t + refitWeeks, counts.Count); s++)
            {
                expected[s] = fit.Predict(x[s]);
                dispersion[s] = fit.Dispersion;
            }
        }
        return (expected, dispersion);
    }

    public static PoissonRegression.Fit FitWindow(double[][] x, double[] y)
    {
        var fit = PoissonRegression.Estimate(x, y);
        var weights = new double[y.Length];
        var dropped = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var mu = fit.Predict(x[i]);
            var outlier = (y[i] - mu) / Math.Sqrt(fit.Dispersion * mu) > OutbreakResidual;
            weights[i] = outlier ? 0 : 1;
            dropped += outlier ? 1 : 0;
        }
        return dropped == 0 ? fit : PoissonRegression.Estimate(x, y, weights);
    }
}
