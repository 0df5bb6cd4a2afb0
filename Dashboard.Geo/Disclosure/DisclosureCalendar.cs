namespace Dashboard.Geo.Disclosure;

/// <summary>
/// Turns what a reader asks for (a number of days, or any from–to) into a period of the fixed calendar. Day-level
/// periods would let two requests a day apart differ by one day's cases; snapped outward to a calendar period, every
/// request that falls in the same period gets the same figures.
/// </summary>
public static class DisclosureCalendar
{
    /// <summary>The smallest calendar period that holds the whole of [from, to]; null when it spans two ISO years.</summary>
    public static CalendarPeriod? Snap(DateOnly from, DateOnly to)
    {
        if (to < from)
            (from, to) = (to, from);
        foreach (var granularity in Enum.GetValues<CalendarGranularity>())
        {
            var period = CalendarPeriod.Of(from, granularity);
            if (period.To >= to)
                return period;
        }
        return null;
    }

    /// <summary>The calendar period that stands for "the last N days": a week for up to 28, a quarter up to 182, else a year.</summary>
    public static CalendarGranularity ForDays(int days) => days switch
    {
        <= 28 => CalendarGranularity.Week,
        <= 182 => CalendarGranularity.Quarter,
        _ => CalendarGranularity.Year,
    };

    /// <summary>The number of days the briefing's period picker says for a calendar period's size.</summary>
    public static int Days(CalendarGranularity granularity) => granularity switch
    {
        CalendarGranularity.Week => 7,
        CalendarGranularity.Quarter => 91,
        _ => 364,
    };

    /// <summary>The newest period of that size that has ended by <paramref name="today"/>.</summary>
    public static CalendarPeriod LastEnded(CalendarGranularity granularity, DateOnly today) =>
        CalendarPeriod.Of(today, granularity).Previous();

    /// <summary>Every period of an ISO year that has ended by <paramref name="today"/>: its weeks, quarters and the year.</summary>
    public static IReadOnlyList<CalendarPeriod> EndedIn(int isoYear, DateOnly today)
    {
        var year = new CalendarPeriod(CalendarGranularity.Year, isoYear, 1);
        var periods = new List<CalendarPeriod>();
        periods.AddRange(year.Weeks().Where(w => w.HasEndedBy(today)));
        periods.AddRange(Enumerable.Range(1, 4).Select(q => new CalendarPeriod(CalendarGranularity.Quarter, isoYear, q)).Where(q => q.HasEndedBy(today)));
        if (year.HasEndedBy(today))
            periods.Add(year);
        return periods;
    }
}
