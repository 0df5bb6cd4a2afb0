namespace Dashboard.Demo;

/// <summary>
/// How many cases each month gets: a slow upward trend, a seasonal cycle (more departures after Eid and when school
/// ends), and the June 2023 surge the police reported (470 cases that month against a few dozen usually).
/// </summary>
internal static class CaseCalendar
{
    private static readonly double[] Season = [0.85, 0.80, 0.90, 1.00, 1.15, 1.15, 1.20, 1.10, 1.00, 0.95, 0.90, 0.85];

    public static double Intensity(int year, int month, DateOnly start)
    {
        var yearsIn = (year * 12 + month - (start.Year * 12 + start.Month)) / 12.0;
        var surge = (year, month) switch
        {
            (2023, 5) => 1.8,
            (2023, 6) => 6.0,
            (2023, 7) => 2.4,
            (2023, 8) => 1.4,
            _ => 1.0,
        };
        return Season[month - 1] * (1 + 0.06 * yearsIn) * surge;
    }

    /// <summary>Months from <paramref name="start"/> to <paramref name="end"/> with their share of all cases.</summary>
    public static IReadOnlyList<(int Year, int Month, double Share)> Months(DateOnly start, DateOnly end)
    {
        var months = new List<(int, int, double)>();
        for (var d = new DateOnly(start.Year, start.Month, 1); d <= end; d = d.AddMonths(1))
            months.Add((d.Year, d.Month, Intensity(d.Year, d.Month, start)));
        var total = months.Sum(m => m.Item3);
        return months.Select(m => (m.Item1, m.Item2, m.Item3 / total)).ToList();
    }
}
