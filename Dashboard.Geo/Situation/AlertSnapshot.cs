using Dashboard.Geo.Domain.Alerts;

namespace Dashboard.Geo.Situation;

/// <summary>An alert as a dashboard draws it: no report text, no victim data, only what the feed and the map show.</summary>
public sealed record AlertSnapshot(
    long Id,
    AlertRule Rule,
    AlertSeverity Severity,
    AlertStatus Status,
    string SubjectName,
    int Count,
    string ProvinceCode,
    string RegionName,
    double Longitude,
    double Latitude,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt,
    string? AssignedTo,
    string? HandledBy,
    int EvidenceCount,
    string? Stream = null)
{
    public static AlertSnapshot Of(Alert a) => new(a.Id, a.Rule, a.Severity, a.Status, a.SubjectName, a.Count, a.ProvinceCode,
        a.RegionName, a.Location.X, a.Location.Y, a.RaisedAt, a.UpdatedAt, a.AssignedTo, a.HandledBy, a.Evidence.Count, StreamOf(a));

    /// <summary>
    /// Which chart an early warning came from ("cases", "reports" or "cases+reports"), read from its subject key
    /// "ews:{area}:{stream}:{week}", so the title can say what rose.
    /// </summary>
    private static string? StreamOf(Alert a)
    {
        if (a.Rule != AlertRule.EarlyWarning)
            return null;
        var parts = a.SubjectKey.Split(':');
        return parts.Length == 4 ? parts[2] : null;
    }

    public bool IsOpen => Status is not (AlertStatus.Resolved or AlertStatus.Dismissed);
}
