using Dashboard.Geo.Domain.Alerts;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Alerts;

/// <summary>What a rule found: raised as a new alert, or added to the open alert on the same subject.</summary>
public sealed record AlertCandidate(
    AlertRule Rule,
    string SubjectKey,
    string SubjectName,
    AlertSeverity Severity,
    int Count,
    Point Location,
    string ProvinceCode,
    string RegionName,
    IReadOnlyList<AlertEvidence> Evidence);
