namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// The explanatory terms of a week for the regression baseline: intercept, linear trend (in years), two annual
/// harmonics (the fixed-calendar season: harvests, school year, monsoon), the four weeks from Eid al-Fitr (the
/// departures after Lebaran) and the week of Eid al-Adha and the one after. The holidays move through the year, so
/// they are their own terms rather than part of the harmonics.
/// </summary>
public static class BaselineCalendar
{
    public const int Terms = 8;

    private const double WeeksPerYear = 365.2425 / 7;

    public static double[] Of(DateOnly monday, DateOnly origin)
    {
        var weeks = (monday.DayNumber - origin.DayNumber) / 7.0;
        var angle = 2 * Math.PI * monday.DayOfYear / 365.2425;
        return
        [
            1,
            weeks / WeeksPerYear,
            Math.Sin(angle), Math.Cos(angle), Math.Sin(2 * angle), Math.Cos(2 * angle),
            IslamicHolidays.WithinWeeksAfter(IslamicHolidays.EidAlFitr, monday, 0, 3) ? 1 : 0,
            IslamicHolidays.WithinWeeksAfter(IslamicHolidays.EidAlAdha, monday, 0, 1) ? 1 : 0,
        ];
    }
}
