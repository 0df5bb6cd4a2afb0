namespace Dashboard.Geo.Disclosure;

/// <summary>
/// The rules for readers who may see aggregates only (members of other agencies), bound from the "Disclosure" section.
/// </summary>
public sealed class DisclosureOptions
{
    public const string Section = "Disclosure";

    /// <summary>k: a figure of people (cases, victims, minors) or reports from 1 to k − 1 is never shown to them.</summary>
    public int MinimumCount { get; set; } = 5;

    /// <summary>The k of partner exports (CSV, GeoJSON); never below <see cref="MinimumCount"/>. CTDC publishes at 11.</summary>
    public int ExportMinimumCount { get; set; } = 5;

    /// <summary>How often the risk map they see is republished: the run published is the newest finished by then.</summary>
    public RiskPublicationSchedule RiskPublication { get; set; } = RiskPublicationSchedule.Daily;

    /// <summary>The hour of day, in Western Indonesian Time (UTC+7), at which the risk map is republished.</summary>
    public int RiskPublicationHour { get; set; } = 6;

    /// <summary>The k an export is made at: what was asked for, never below either minimum.</summary>
    public int ExportK(int? asked) => Math.Max(Math.Max(MinimumCount, ExportMinimumCount), asked ?? 0);
}
