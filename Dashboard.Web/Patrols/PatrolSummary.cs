namespace Dashboard.Web.Patrols;

/// <summary>A saved patrol as the plan list and the exports show it.</summary>
public sealed record PatrolSummary(
    long Id,
    string BaseCode,
    string BaseName,
    double BaseLongitude,
    double BaseLatitude,
    string Mode,
    DateOnly PlannedFor,
    string Team,
    string Status,
    double Risk,
    double Kilometres,
    double Hours,
    IReadOnlyList<PatrolStopView> Stops,
    string CreatedBy,
    string? Outcome,
    IReadOnlyList<long> FindingReportIds);
