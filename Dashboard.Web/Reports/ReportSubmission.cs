namespace Dashboard.Web.Reports;

/// <summary>A field report as a phone or a partner system sends it. Who sent it comes from the sign-in, not from here.</summary>
public sealed record ReportSubmission(
    string? IdempotencyKey,
    string? Kind,
    double? Longitude,
    double? Latitude,
    DateTimeOffset? ObservedAt,
    string? Category,
    string? SourceReliability,
    int? InformationCredibility,
    string? Text,
    int? PeopleCount = null,
    string? Profile = null,
    string? SuspectedModus = null,
    string? IntendedDestination = null,
    string? CrossingCode = null,
    string? VillageCode = null,
    int? RatRouteId = null);
