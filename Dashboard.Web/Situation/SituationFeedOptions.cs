using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Situation;

/// <summary>Configuration "SituationFeed": how often the feed looks at the log unasked, and how bursts are throttled.</summary>
public sealed class SituationFeedOptions
{
    public const string Section = "SituationFeed";

    /// <summary>A safety net under the in-process and cross-instance signals: the log is read at least this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The least time between two deliveries to one subscriber; events in between arrive as one batch.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The least time between two readings of the shared KPI snapshot.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan KpiInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>KPIs that depend on the clock ("today", "last 24 h") are read again at least this often.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan KpiMaxAge { get; set; } = TimeSpan.FromMinutes(1);
}
