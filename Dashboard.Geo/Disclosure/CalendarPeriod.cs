using System.Globalization;

namespace Dashboard.Geo.Disclosure;

/// <summary>
/// One period of the fixed calendar: an ISO week, a quarter of an ISO year (13 weeks, the last one 13 or 14), or an
/// ISO year. Weeks nest in quarters and quarters in years, so no published period is the difference of two others
/// except through its own parts, which the suppression knows about.
/// </summary>
public sealed record CalendarPeriod(CalendarGranularity Granularity, int Year, int Index)
{
    private static readonly int[] QuarterFirstWeek = [1, 14, 27, 40];

    public DateOnly From => Granularity switch
    {
        CalendarGranularity.Week => WeekStart(Year, Index),
        CalendarGranularity.Quarter => WeekStart(Year, QuarterFirstWeek[Index - 1]),
        _ => WeekStart(Year, 1),
    };

    public DateOnly To => Granularity switch
    {
        CalendarGranularity.Week => WeekStart(Year, Index).AddDays(6),
        CalendarGranularity.Quarter => WeekStart(Year, Index == 4 ? ISOWeek.GetWeeksInYear(Year) : QuarterFirstWeek[Index] - 1).AddDays(6),
        _ => WeekStart(Year, ISOWeek.GetWeeksInYear(Year)).AddDays(6),
    };

    /// <summary>A stable name: 2026-W05, 2026-Q1, 2026.</summary>
    public string Key => Granularity switch
    {
        CalendarGranularity.Week => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Index:00}"),
        CalendarGranularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the period is over on <paramref name="today"/>: only ended periods are published.</summary>
    public bool HasEndedBy(DateOnly today) => To < today;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The period of the same size just before this one.</summary>
    public CalendarPeriod Previous() => Granularity switch
    {
        CalendarGranularity.Week => Of(From.AddDays(-7), CalendarGranularity.Week),
        CalendarGranularity.Quarter => Index > 1 ? this with { Index = Index - 1 } : new(Granularity, Year - 1, 4),
        _ => this with { Year = Year - 1 },
    };

    /// <summary>The same period of the ISO year before (week 53 becomes that year's last week).</summary>
    public CalendarPeriod YearBefore() => Granularity == CalendarGranularity.Week
        ? new(Granularity, Year - 1, Math.Min(Index, ISOWeek.GetWeeksInYear(Year - 1)))
        : this with { Year = Year - 1 };

    /// <summary>The weeks this period is made of.</summary>
    public IReadOnlyList<CalendarPeriod> Weeks()
    {
        var weeks = new List<CalendarPeriod>();
        for (var day = From; day <= To; day = day.AddDays(7))
            weeks.Add(Of(day, CalendarGranularity.Week));
        return weeks;
    }

    /// <summary>The period of the given size that holds <paramref name="day"/>.</summary>
    public static CalendarPeriod Of(DateOnly day, CalendarGranularity granularity)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date);
        var week = ISOWeek.GetWeekOfYear(date);
        return granularity switch
        {
            CalendarGranularity.Week => new(granularity, year, week),
            CalendarGranularity.Quarter => new(granularity, year, week >= 40 ? 4 : (week - 1) / 13 + 1),
            _ => new(granularity, year, 1),
        };
    }

    public override string ToString() => Key;

    private static DateOnly WeekStart(int year, int week) => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
}
