namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// The expected count of a week from the same time of year in earlier years: the mean of the weeks t − 52k ± w for
/// k = 1..years (Farrington's idea, without the regression). The window w starts at 2 and widens until at least
/// <see cref="MinimumValues"/> past weeks contribute, so a baseline from one year of history is not five noisy weeks.
/// With under a year of history, the trailing 26 weeks. Only the past is used, so a surge cannot raise its own baseline.
/// </summary>
public static class SeasonalBaseline
{
    public const int MinimumValues = 15;

    public static double[] Compute(IReadOnlyList<int> counts, int years = 3, int halfWindow = 2) =>
        Compute([.. counts.Select(c => (double)c)], years, halfWindow);

    /// <summary>The same for a weighted series, such as credibility-weighted field reports.</summary>
    public static double[] Compute(IReadOnlyList<double> counts, int years = 3, int halfWindow = 2)
    {
        var baseline = new double[counts.Count];
        for (var t = 0; t < counts.Count; t++)
        {
            double sum = 0;
            var n = 0;
            for (var w = halfWindow; w <= 8 && n < MinimumValues; w++)
            {
                (sum, n) = (0, 0);
                for (var k = 1; k <= years; k++)
                {
                    for (var d = -w; d <= w; d++)
                    {
                        var i = t - 52 * k + d;
                        if (i >= 0 && i < t)
                        {
                            sum += counts[i];
                            n++;
                        }
                    }
                }
            }
            if (n == 0)
            {
                for (var i = Math.Max(0, t - 26); i < t; i++)
                {
                    sum += counts[i];
                    n++;
                }
            }
            baseline[t] = n == 0 ? double.NaN : sum / n;
        }
        return baseline;
    }
}
