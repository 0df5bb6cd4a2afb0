namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>
/// A rat route the completed patrols of a period stopped at: how many did, and what those patrols filed in all (a
/// patrol's findings are not tied to one stop, so a patrol that visited two routes counts for both).
/// </summary>
public sealed record PatrolRouteEvaluation(int RouteId, string? Name, int Patrols, int Findings);
