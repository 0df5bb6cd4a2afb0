namespace Dashboard.Web.Briefing;

/// <summary>
/// One region of the briefing table. Counts are text so that, for readers outside the immigration service, any count
/// under 5 reads "&lt;5" everywhere it goes (page, API, exports); a change is left out when either side is that small.
/// <see cref="RiskBand"/> places the region's mean score on the map's scale (<see cref="Geo.Queries.Risk.RiskBands"/>):
/// −1 at or below the run's median cell, 4 in its top 1 %; null without a run.
/// </summary>
public sealed record BriefingRow(
    int Rank,
    string Code,
    string Name,
    double? Risk,
    double? RiskChange,
    int HotCells,
    IReadOnlyList<string> TopFactors,
    string OpenAlerts,
    string Cases,
    string CasesBefore,
    int? CasesChange,
    string Victims,
    string Minors,
    string Reports,
    string ReportsBefore,
    string Offloadings,
    double Longitude,
    double Latitude,
    int? RiskBand = null);
