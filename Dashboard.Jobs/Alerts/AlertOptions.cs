namespace Dashboard.Jobs.Alerts;

/// <summary>Configuration "Alerts": the thresholds of the alert rules.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>When the alert sweep runs (Hangfire cron, UTC).</summary>
    public string Cron { get; set; } = "*/5 * * * *";

    /// <summary>Offloadings at one checkpoint within the window that make a cluster.</summary>
    public int OffloadingClusterSize { get; set; } = 3;

    public int OffloadingWindowHours { get; set; } = 24;

    /// <summary>How near a rat route a report must be, in kilometres.</summary>
    public double RatRouteDistanceKm { get; set; } = 5;

    /// <summary>
    /// The least credibility weight (source reliability × information credibility, see SourceGrading) a report needs
    /// to count as credible: 0.36 is C3, "fairly reliable, possibly true".
    /// </summary>
    public double CredibleWeight { get; set; } = 0.36;

    /// <summary>Reports this recent are checked against rat routes by the periodic sweep.</summary>
    public int ReportLookbackHours { get; set; } = 24;

    /// <summary>ISO 3166-1 alpha-2 destinations where minors are watched for: scam compounds and known exploitation routes.</summary>
    public string[] WatchedDestinations { get; set; } = ["KH", "MM", "LA", "PH", "SA", "AE", "SY"];

    /// <summary>Cases reported this many days back are checked for minors.</summary>
    public int CaseLookbackDays { get; set; } = 14;

    /// <summary>Early-warning breaches of weeks that started this many days back still raise alerts; older ones are history.</summary>
    public int EarlyWarningLookbackDays { get; set; } = 21;
}
