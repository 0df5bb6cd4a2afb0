namespace Dashboard.Geo.Disclosure;

/// <summary>
/// Risk in classes rather than digits. A score is classed against its run's own distribution (the median, the 75th
/// and the 90th percentile, the bands the map's legend already uses); a factor against the national mean of the
/// same factor, as a ratio. A published score keeps two decimals: enough to rank, too few to trace one report.
/// </summary>
public static class RiskClasses
{
    public static RiskClass OfScore(double score, double median, double p75, double p90) =>
        score > p90 ? RiskClass.VeryHigh : score > p75 ? RiskClass.High : score > median ? RiskClass.Moderate : RiskClass.Low;

    /// <summary>A factor's value over the national mean: under 0.8 low, under 1.25 moderate, under 2 high, else very high.</summary>
    public static RiskClass OfRatio(double ratio) =>
        double.IsNaN(ratio) ? RiskClass.Low : ratio >= 2 ? RiskClass.VeryHigh : ratio >= 1.25 ? RiskClass.High : ratio >= 0.8 ? RiskClass.Moderate : RiskClass.Low;

    public static double Round(double score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>The drivers' names: the factors at least a quarter above their national mean, strongest first, ties by name.</summary>
    public static IReadOnlyList<string> Drivers(IEnumerable<(string Name, double Ratio)> factors) =>
        [.. factors.Where(f => f.Ratio >= 1.25).OrderByDescending(f => OfRatio(f.Ratio)).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name)];
}
