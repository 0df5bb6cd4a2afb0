using Dashboard.Geo.Domain.Alerts;

namespace Dashboard.Geo.Queries.Alerts;

/// <summary>
/// Which alerts a feed shows. Empty sets mean all; <see cref="Hours"/> keeps alerts raised or changed that recently.
/// </summary>
public sealed record AlertFilter(
    IReadOnlySet<AlertSeverity> Severities,
    IReadOnlySet<AlertStatus> Statuses,
    string? ProvinceCode,
    int? Hours)
{
    public static AlertFilter All { get; } = new(new HashSet<AlertSeverity>(), new HashSet<AlertStatus>(), null, null);

    /// <summary>The last hour, 6 hours, day, 7 days and 28 days.</summary>
    public static readonly int[] HourChoices = [1, 6, 24, 168, 672];

    /// <summary>An office's working area to keep to; null for the national view.</summary>
    public Offices.WorkingArea? Area { get; init; }

    public bool Matches(Dashboard.Geo.Situation.AlertSnapshot alert, DateTimeOffset now) =>
        (Severities.Count == 0 || Severities.Contains(alert.Severity))
        && (Statuses.Count == 0 || Statuses.Contains(alert.Status))
        && (ProvinceCode is null || alert.ProvinceCode == ProvinceCode)
        && (Hours is not { } h || alert.UpdatedAt >= now.AddHours(-h))
        && (Area is null || Area.Covers(alert.Longitude, alert.Latitude, alert.ProvinceCode));
}
