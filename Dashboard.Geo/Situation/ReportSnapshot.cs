using Dashboard.Geo.Domain.Reports;

namespace Dashboard.Geo.Situation;

/// <summary>A stored field report as a dashboard counts it; its text and its sender stay in the database.</summary>
public sealed record ReportSnapshot(
    long Id,
    ReportKind Kind,
    double Longitude,
    double Latitude,
    DateTimeOffset ObservedAt,
    string Category,
    char SourceReliability,
    int InformationCredibility,
    int? PeopleCount)
{
    public static ReportSnapshot Of(long id, FieldReport r) => new(id, r.Kind, r.Location.X, r.Location.Y, r.ObservedAt, r.Category,
        r.SourceReliability, r.InformationCredibility, r.PeopleCount);
}
