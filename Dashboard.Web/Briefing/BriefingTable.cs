using Dashboard.Geo.Queries.Briefing;

namespace Dashboard.Web.Briefing;

/// <summary>The briefing for a level and period: the ranked rows, and what they were computed from.</summary>
/// <param name="Disclosure">"detail" (immigration) or "aggregate" (suppressed at <paramref name="K"/>), stated in every export.</param>
/// <param name="Calendar">For aggregates, the calendar period shown (2026-W48, 2026-Q3, 2026) and the one compared with.</param>
public sealed record BriefingTable(
    string Level,
    string? Province,
    BriefingPeriod Period,
    int? RiskRun,
    string? ModelVersion,
    DateTimeOffset? RiskComputedAt,
    bool Suppressed,
    IReadOnlyList<BriefingRow> Rows,
    string Disclosure = "detail",
    int? K = null,
    string? Calendar = null,
    string? CompareCalendar = null);
