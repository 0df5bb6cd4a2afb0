using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Geo.Time;

namespace Dashboard.Web.Evaluation;

/// <summary>
/// A calendar month ("2026-11") or calendar quarter ("2026-Q4", January–March being Q1) of the periodic report, in
/// Western Indonesia time; only a period that has begun can be reported.
/// </summary>
public sealed partial record ReportPeriod(int Year, int? Month, int? Quarter)
{
    public DateOnly From => new(Year, Month ?? (Quarter!.Value - 1) * 3 + 1, 1);

    public DateOnly To => From.AddMonths(Month is null ? 3 : 1).AddDays(-1);

    public DateTimeOffset Start => HeadquartersTime.StartOf(From).ToUniversalTime();

    public DateTimeOffset End => HeadquartersTime.StartOf(To.AddDays(1)).ToUniversalTime();

    public string Key => Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year}-{m:00}") : string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Quarter}");

    /// <summary>"November 2026" or "Triwulan IV 2026" in the reader's language.</summary>
    public string Label(Func<int, string> quarterName) =>
        Month is { } m ? new DateOnly(Year, m, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture) : $"{quarterName(Quarter!.Value)} {Year}";

    /// <summary>The month before the one holding today: the report the task force asks for first.</summary>
    public static ReportPeriod LastMonth(TimeProvider clock)
    {
        var previous = clock.HeadquartersToday().AddMonths(-1);
        return new ReportPeriod(previous.Year, previous.Month, null);
    }

    public static ReportPeriod? TryParse(string? text, DateOnly today, out string? error)
    {
        error = null;
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            error = "period is a month (2026-11) or a quarter (2026-Q4).";
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        ReportPeriod period = match.Groups["month"].Success
            ? new(year, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), null)
            : new(year, null, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        if (year is < 2000 or > 2100 || period.From > today)
        {
            error = "period must have begun, and fall between 2000 and 2100.";
            return null;
        }
        return period;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?:(?<month>0[1-9]|1[0-2])|Q(?<quarter>[1-4]))$")]
    private static partial Regex Pattern();
}
