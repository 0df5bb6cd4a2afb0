using Dashboard.Geo.Time;

namespace Dashboard.Web.Evaluation;

/// <summary>Whole days in Western Indonesia time, both ends included; the last 90 days when none is given.</summary>
public sealed record EvaluationPeriod(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 90;

    public DateTimeOffset Start => HeadquartersTime.StartOf(From);

    public DateTimeOffset End => HeadquartersTime.StartOf(To.AddDays(1));

    /// <summary>
    /// The forecast's skill is judged on whole months: those that ended by <see cref="To"/>, and never the month under
    /// way, whose cases are not all in yet. The months judged are the ones before this day's month.
    /// </summary>
    public DateOnly ForecastMonthsBefore(TimeProvider clock)
    {
        var dayAfter = To.AddDays(1);
        var today = clock.HeadquartersToday();
        return dayAfter < today ? dayAfter : today;
    }

    public static EvaluationPeriod Last(int days, TimeProvider clock)
    {
        var today = clock.HeadquartersToday();
        return new EvaluationPeriod(today.AddDays(1 - days), today);
    }

    public static EvaluationPeriod? TryCreate(DateOnly? from, DateOnly? to, TimeProvider clock, out Dictionary<string, string[]>? errors)
    {
        errors = null;
        var fallback = Last(DefaultDays, clock);
        var end = to ?? fallback.To;
        var start = from ?? end.AddDays(1 - DefaultDays);
        if (start.Year < 2000 || end.Year > 2100)
            errors = new() { [from is { Year: < 2000 } ? "from" : "to"] = ["dates must fall between 2000 and 2100."] };
        else if (start > end)
            errors = new() { ["from"] = ["from must not be after to."] };
        else if (end.DayNumber - start.DayNumber + 1 > EvaluationRegistration.MaxDays)
            errors = new() { ["from"] = [$"a period is at most {EvaluationRegistration.MaxDays} days."] };
        return errors is null ? new EvaluationPeriod(start, end) : null;
    }
}
