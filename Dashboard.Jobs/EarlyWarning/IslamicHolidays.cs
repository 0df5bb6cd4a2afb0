namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Eid al-Fitr (Idulfitri, 1 Syawal) and Eid al-Adha (Iduladha, 10 Zulhijah) as observed in Indonesia, 2015–2035.
/// They move about 11 days earlier each year, so a seasonal baseline keyed on the week of the year smears the
/// departures that follow Lebaran over several weeks. Past years are the government's dates; later years are
/// hisab estimates, which the sidang isbat may move by a day — immaterial for weekly counts.
/// </summary>
public static class IslamicHolidays
{
    public static readonly IReadOnlyList<DateOnly> EidAlFitr =
    [
        new(2015, 7, 17), new(2016, 7, 6), new(2017, 6, 25), new(2018, 6, 15), new(2019, 6, 5), new(2020, 5, 24),
        new(2021, 5, 13), new(2022, 5, 2), new(2023, 4, 22), new(2024, 4, 10), new(2025, 3, 31), new(2026, 3, 20),
        new(2027, 3, 10), new(2028, 2, 27), new(2029, 2, 15), new(2030, 2, 5), new(2031, 1, 25), new(2032, 1, 14),
        new(2033, 1, 2), new(2033, 12, 23), new(2034, 12, 12), new(2035, 12, 1),
    ];

    public static readonly IReadOnlyList<DateOnly> EidAlAdha =
    [
        new(2015, 9, 24), new(2016, 9, 12), new(2017, 9, 1), new(2018, 8, 22), new(2019, 8, 11), new(2020, 7, 31),
        new(2021, 7, 20), new(2022, 7, 10), new(2023, 6, 29), new(2024, 6, 17), new(2025, 6, 6), new(2026, 5, 27),
        new(2027, 5, 16), new(2028, 5, 5), new(2029, 4, 24), new(2030, 4, 13), new(2031, 4, 2), new(2032, 3, 22),
        new(2033, 3, 11), new(2034, 3, 1), new(2035, 2, 18),
    ];

    /// <summary>Whether the week starting on <paramref name="monday"/> is within the given weeks after a holiday (0 = its own week).</summary>
    public static bool WithinWeeksAfter(IReadOnlyList<DateOnly> holidays, DateOnly monday, int fromWeek, int toWeek)
    {
        foreach (var day in holidays)
        {
            var weeksAfter = (int)Math.Floor((monday.DayNumber - Weeks.StartOf(day).DayNumber) / 7.0);
            if (weeksAfter >= fromWeek && weeksAfter <= toWeek)
                return true;
        }
        return false;
    }
}
