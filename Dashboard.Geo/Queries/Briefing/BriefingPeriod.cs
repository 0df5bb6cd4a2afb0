namespace Dashboard.Geo.Queries.Briefing;

/// <summary>
/// The weeks a meeting looks at, inclusive, and the period it is compared with: the same number of days just before,
/// or the same days a year earlier (for seasonal patterns such as harvest and school holidays).
/// </summary>
public sealed record BriefingPeriod(DateOnly From, DateOnly To, DateOnly CompareFrom, DateOnly CompareTo)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The last <paramref name="days"/> days up to <paramref name="to"/>, against the days before them.</summary>
    public static BriefingPeriod Last(int days, DateOnly to) => Of(to.AddDays(1 - days), to);

    public static BriefingPeriod Of(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        return new BriefingPeriod(from, to, from.AddDays(-days), from.AddDays(-1));
    }

    /// <summary>The same period, compared with the same days a year earlier.</summary>
    public BriefingPeriod AgainstYearBefore() => this with { CompareFrom = From.AddYears(-1), CompareTo = To.AddYears(-1) };
}
