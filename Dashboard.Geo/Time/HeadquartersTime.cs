namespace Dashboard.Geo.Time;

/// <summary>
/// Headquarters' clock, Western Indonesian Time (WIB, Asia/Jakarta): "today", "this week" and "this month" in every
/// figure, form and query mean this, whatever the server's own time zone. Indonesia keeps no daylight saving, so the
/// fixed offset is exact and the same in C# and in SQL (<see cref="ZoneId"/>).
/// </summary>
public static class HeadquartersTime
{
    public const string ZoneId = "Asia/Jakarta";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset HeadquartersNow(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly HeadquartersToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.HeadquartersNow().DateTime);

    public static DateTimeOffset AtHeadquarters(this DateTimeOffset moment) => moment.ToOffset(Offset);

    /// <summary>Midnight at headquarters that starts <paramref name="day"/>, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
