namespace Dashboard.Geo.Crossings;

/// <summary>A crossing as someone typed it (form, API or one row of an import), before it is checked.</summary>
public sealed record CrossingDraft(
    string? Code, string? Name, string? Kind, string? Office, string? RegencyCode,
    double? Longitude, double? Latitude, int? DailyPassengers, int? InterviewOfficers,
    string? OpeningHours, bool? IsPatrolBase);
