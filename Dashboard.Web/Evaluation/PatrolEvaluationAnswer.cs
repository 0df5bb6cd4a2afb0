using Dashboard.Geo.Queries.Evaluation;

namespace Dashboard.Web.Evaluation;

/// <summary>GET /api/evaluation/patrols: the patrols completed in the period, with the filter they were counted under.</summary>
public sealed record PatrolEvaluationAnswer(DateOnly From, DateOnly To, string? Province, string? Office, PatrolEvaluation Patrols);
