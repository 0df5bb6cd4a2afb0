namespace Dashboard.Geo.Domain.EarlyWarning;

/// <summary>
/// A breach of the early-warning chart: in one area and stream, the weekly count rose above what the seasonal
/// baseline allows. It carries its evidence, so whoever triages it can see why it was raised.
/// </summary>
public sealed class EarlyWarningAlert
{
    public long Id { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>Province code ("61"), an island group ("G-KALIMANTAN") when provinces are pooled, or "ID".</summary>
    public required string AreaCode { get; set; }

    public required string AreaName { get; set; }

    /// <summary>"cases", "reports", or "cases+reports" (both on one chart, reports weighted by credibility).</summary>
    public required string Stream { get; set; }

    /// <summary>Monday of the week that crossed the threshold.</summary>
    public DateOnly WeekStart { get; set; }

    public int Observed { get; set; }

    public double Expected { get; set; }

    public double Statistic { get; set; }

    public double Threshold { get; set; }

    public double ShiftRatio { get; set; }

    /// <summary>JSON: the weeks, counts, baseline and statistic leading up to the breach.</summary>
    public required string Evidence { get; set; }
}
