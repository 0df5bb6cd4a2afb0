namespace Dashboard.Jobs.EarlyWarning;

/// <summary>Parameters of the early-warning charts, bound from "EarlyWarning"; see docs/early-warning.md.</summary>
public sealed class EarlyWarningOptions
{
    public const string Section = "EarlyWarning";

    /// <summary>When the early warning runs (Hangfire cron, UTC).</summary>
    public string Cron { get; set; } = "30 1 * * *";

    /// <summary>The rise the chart is tuned to catch fastest: 1.5 × the baseline.</summary>
    public double ShiftRatio { get; set; } = 1.5;

    /// <summary>In-control average run length: 165 weeks ≈ at most one false alarm per area in three years.</summary>
    public double TargetArlWeeks { get; set; } = 165;

    /// <summary>Areas expecting fewer cases a week than this are pooled into their island group.</summary>
    public double MinimumWeeklyMean { get; set; } = 1.0;

    /// <summary>Weeks of history shown as evidence with an alert.</summary>
    public int EvidenceWeeks { get; set; } = 26;

    public const string RegressionBaseline = "regression";
    public const string SeasonalBaseline = "seasonal";

    /// <summary>"regression" (trend, harmonics, Eid weeks, dispersion; the default) or "seasonal" (mean of past years' same weeks).</summary>
    public string Baseline { get; set; } = RegressionBaseline;

    /// <summary>Cap on the fitted dispersion, so one wild year cannot blind a chart.</summary>
    public double MaximumDispersion { get; set; } = 4;

    /// <summary>Weeks needed before a chart starts (a year: the seasonal baseline needs it).</summary>
    public int WarmUpWeeks { get; set; } = 52;
}
