namespace Dashboard.Web.Patrols;

/// <summary>
/// What a planner asks: leave from this base, travel this way, for so many hours or kilometres. For scoring or saving
/// a plan, also the stops in visiting order; for saving, the team and the date.
/// </summary>
public sealed record PatrolRequest(
    string? Base,
    string? Mode,
    double? Hours,
    double? Kilometres,
    int? Seed = null,
    IReadOnlyList<PatrolStopRequest>? Stops = null,
    DateOnly? PlannedFor = null,
    string? Team = null);

/// <summary>A stop of a plan as the map has it: possibly moved by hand from where the suggestion put it.</summary>
public sealed record PatrolStopRequest(string? Id, string? Name, double? Longitude, double? Latitude);
