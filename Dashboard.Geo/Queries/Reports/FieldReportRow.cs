using Dashboard.Geo.Domain.Reports;

namespace Dashboard.Geo.Queries.Reports;

/// <summary>One field report as an office reviews it: what, where (the regency, checkpoint or village it names), when, how credible, by whom.</summary>
public sealed record FieldReportRow(
    long Id, ReportKind Kind, string Category, DateTimeOffset ObservedAt, DateTimeOffset ReceivedAt, double Longitude, double Latitude,
    string? RegencyName, string? CrossingName, string? VillageName, string Grading, double CredibilityWeight, int? PeopleCount,
    string? IntendedDestination, string Text, string ReportingOfficer, string Agency);
