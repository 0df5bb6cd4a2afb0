namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// A region's weekly counts as the briefing charts them, against the early warning's own yardsticks: the seasonal
/// baseline μ of each week and the single-week alarm level k(μ) + h of the Poisson CUSUM, h chosen by simulation for
/// the region's mean as the detector does. Weeks where the CUSUM, run over the shown weeks, reaches h are marked.
/// </summary>
public static class TrendLine
{
    /// <param name="history">Weekly counts, oldest first; at least a few years for a seasonal baseline.</param>
    /// <param name="shown">How many of the latest weeks to chart.</param>
    public static IReadOnlyList<TrendPoint> Compute(IReadOnlyList<(DateOnly WeekStart, int Count)> history, int shown, EarlyWarningOptions options)
    {
        if (history.Count == 0)
            return [];
        shown = Math.Clamp(shown, 1, history.Count);
        var counts = history.Select(h => h.Count).ToArray();
        var baseline = SeasonalBaseline.Compute(counts);
        var start = history.Count - shown;
        var fallback = counts.Take(start).DefaultIfEmpty(0).Average();
        var expected = Enumerable.Range(start, shown)
            .Select(t => Math.Max(double.IsNaN(baseline[t]) ? fallback : baseline[t], PoissonCusum.MinimumMean))
            .ToArray();
        var threshold = CusumThresholds.Find(expected.Average(), options.ShiftRatio, options.TargetArlWeeks);
        var trace = PoissonCusum.Run(counts[start..], expected, options.ShiftRatio, threshold);
        var alarms = trace.AlarmWeeks.ToHashSet();
        return [.. Enumerable.Range(0, shown).Select(i => new TrendPoint(history[start + i].WeekStart, counts[start + i],
            Math.Round(expected[i], 2), Math.Round(PoissonCusum.ReferenceValue(expected[i], options.ShiftRatio) + threshold, 2), alarms.Contains(i)))];
    }
}
