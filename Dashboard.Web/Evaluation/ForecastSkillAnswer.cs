using Dashboard.Geo.Queries.Evaluation;

namespace Dashboard.Web.Evaluation;

/// <summary>GET /api/evaluation/forecast: the risk map's skill in each of the complete months up to the period's end, newest first.</summary>
public sealed record ForecastSkillAnswer(string? Province, string? Office, IReadOnlyList<ForecastMonthSkill> Months);
