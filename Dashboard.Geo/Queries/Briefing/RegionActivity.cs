namespace Dashboard.Geo.Queries.Briefing;

/// <summary>What happened in one region in a period and in the period it is compared with.</summary>
public sealed record RegionActivity(
    string Code,
    string Name,
    int Cases,
    int CasesBefore,
    int Victims,
    int Minors,
    int Reports,
    int ReportsBefore,
    int Offloadings,
    int OpenAlerts,
    double SeatLongitude,
    double SeatLatitude);
