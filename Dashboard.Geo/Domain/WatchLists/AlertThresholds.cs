namespace Dashboard.Geo.Domain.WatchLists;

/// <summary>
/// One version of the alert rules' watch list and thresholds, as an analyst saved it: each save is a new row, so the
/// history says who changed what and when, and every alert raised names the version its rules used. Before the first
/// save the deployment's settings ("Alerts") stand as version 0.
/// </summary>
public sealed class AlertThresholds
{
    /// <summary>The version number: 1, 2, 3 … in the order they were saved.</summary>
    public long Id { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }

    /// <summary>Why it changed, e.g. "add Myanmar after the Myawaddy compound reports".</summary>
    public required string Note { get; set; }

    /// <summary>ISO 3166-1 alpha-2 destinations where minors are watched for.</summary>
    public string[] WatchedDestinations { get; set; } = [];

    /// <summary>Offloadings at one checkpoint within the window that make a cluster.</summary>
    public int OffloadingClusterSize { get; set; }

    public int OffloadingWindowHours { get; set; }

    /// <summary>How near a rat route a credible report must be, in kilometres.</summary>
    public double RatRouteDistanceKm { get; set; }

    /// <summary>The least credibility weight a report needs to count as credible (0.36 is C3).</summary>
    public double CredibleWeight { get; set; }

    /// <summary>How far back the report rules look, in hours; null in versions saved before it was a watch-list value.</summary>
    public int? ReportLookbackHours { get; set; }

    /// <summary>How far back the case rules look, by reported date, in days (null: the deployment's setting).</summary>
    public int? CaseLookbackDays { get; set; }

    /// <summary>How recent a chart's breach must be to become an alert, in days (null: the deployment's setting).</summary>
    public int? EarlyWarningLookbackDays { get; set; }
}
