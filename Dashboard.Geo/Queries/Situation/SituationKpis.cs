namespace Dashboard.Geo.Queries.Situation;

/// <summary>The live view's tiles. "Today" and "this month" are Western Indonesian Time (WIB), headquarters' clock.</summary>
public sealed record SituationKpis(
    int OpenAlerts,
    int OpenCriticalAlerts,
    int OffloadingsToday,
    int OffloadedTravellersToday,
    int ReportsLast24Hours,
    int CasesThisMonth,
    DateTimeOffset AsOf);
