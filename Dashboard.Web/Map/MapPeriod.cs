namespace Dashboard.Web.Map;

/// <summary>How far back the map's case layer reaches: every case, or the last 30 or 90 days or 12 months.</summary>
public enum MapPeriod
{
    All,
    Days30,
    Days90,
    Months12,
}

public static class MapPeriods
{
    public static IReadOnlyList<MapPeriod> All { get; } = Enum.GetValues<MapPeriod>();

    /// <summary>The word in the page's address: all, 30d, 90d, 12m.</summary>
    public static string Key(this MapPeriod period) => period switch
    {
        MapPeriod.Days30 => "30d",
        MapPeriod.Days90 => "90d",
        MapPeriod.Months12 => "12m",
        _ => "all",
    };

    /// <summary>An unknown word (a hand-edited link) is every case, not an error page.</summary>
    public static MapPeriod Parse(string? key) => All.FirstOrDefault(p => string.Equals(p.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The days the case layer asks for, up to and including today; null for every case.</summary>
    public static (DateOnly From, DateOnly To)? Range(this MapPeriod period, DateOnly today) => period switch
    {
        MapPeriod.Days30 => (today.AddDays(-29), today),
        MapPeriod.Days90 => (today.AddDays(-89), today),
        MapPeriod.Months12 => (today.AddMonths(-12).AddDays(1), today),
        _ => null,
    };
}
