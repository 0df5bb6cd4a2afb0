namespace Dashboard.Web.Timpora;

/// <summary>
/// A TIMPORA's live picture as every member agency may see it: the area, its seat for the map, the open alerts now,
/// and the last ended week's and quarter's figures, all as disclosed text ("&lt;5" where hidden).
/// </summary>
public sealed record TimporaLiveView(string AreaCode, string AreaName, double Longitude, double Latitude, int K, string OpenAlerts,
    TimporaLivePeriod Week, TimporaLivePeriod Quarter, DateTimeOffset ReadAt);

/// <summary>One ended calendar period's figures for the area.</summary>
public sealed record TimporaLivePeriod(string Key, DateOnly From, DateOnly To, string Cases, string Victims, string Minors, string Reports, string Offloadings);
