namespace Dashboard.Jobs.EarlyWarning;

/// <summary>Weeks start on Monday; a date belongs to the week of the Monday on or before it.</summary>
public static class Weeks
{
    public static DateOnly StartOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Every Monday from the week of <paramref name="first"/> to the week of <paramref name="last"/>.</summary>
    public static IReadOnlyList<DateOnly> Between(DateOnly first, DateOnly last)
    {
        var weeks = new List<DateOnly>();
        for (var w = StartOf(first); w <= last; w = w.AddDays(7))
            weeks.Add(w);
        return weeks;
    }
}
