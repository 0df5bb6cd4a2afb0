using Dashboard.Geo.Queries.Briefing;

namespace Dashboard.Web.Briefing;

/// <summary>The briefing for a level and period: the ranked rows, and what they were computed from.</summary>
public sealed record BriefingTable(
    string Level,
    string? Province,
    BriefingPeriod Period,
    int? RiskRun,
    string? ModelVersion,
    DateTimeOffset? RiskComputedAt,
    bool Suppressed,
    IReadOnlyList<BriefingRow> Rows);
