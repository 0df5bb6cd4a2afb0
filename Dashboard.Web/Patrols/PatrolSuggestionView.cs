namespace Dashboard.Web.Patrols;

/// <summary>
/// The answer to "where should we patrol tonight": the ranked candidates within reach, a suggested plan drawn at
/// random among the near-best (so patrols are not predictable), how it compares with the best found, and alternatives.
/// </summary>
public sealed record PatrolSuggestionView(
    PatrolBaseOption Base,
    string Mode,
    double? Hours,
    double? Kilometres,
    int? RiskRun,
    IReadOnlyList<PatrolStopView> Candidates,
    PatrolPlanView Suggested,
    double BestRisk,
    double ShareOfBest,
    int NearBestCount,
    IReadOnlyList<PatrolPlanView> Alternatives,
    PatrolTravelView Travel);
