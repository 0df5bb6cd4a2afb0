using Dashboard.Geo.Queries.Evaluation;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Screening;

namespace Dashboard.Web.Evaluation;

/// <summary>
/// Everything the periodic report prints for one province, one office's working area (or the nation) and one month or quarter: what the alerts
/// led to, the cases and the protection path of the period, and the risk map in force at its end with the regencies
/// that lead it.
/// </summary>
public sealed record EvaluationReport(
    ReportPeriod Period,
    string? ProvinceCode,
    string AreaName,
    IReadOnlyList<AlertRuleEvaluation> Rules,
    ReportCases Cases,
    ProtectionFiguresView Protection,
    RiskMapPicture? RiskMap,
    IReadOnlyList<RegionRiskRow> LeadingRegions,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    string? OfficeCode = null)
{
    /// <summary>The patrols completed in the period, by base and mode and by rat route visited.</summary>
    public PatrolEvaluation? Patrols { get; init; }

    /// <summary>The risk map's skill in the complete months up to the period's end, newest first.</summary>
    public IReadOnlyList<ForecastMonthSkill> Forecast { get; init; } = [];
}

/// <summary>The period's cases in the area: how many, how many victims, how many of them minors.</summary>
public sealed record ReportCases(int Cases, int Victims, int Minors);
