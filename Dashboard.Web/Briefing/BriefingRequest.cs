using Dashboard.Geo.Queries.Briefing;
using Dashboard.Web.Api;
using Dashboard.Web.Import;
using Dashboard.Web.Map;
using Dashboard.Web.RiskMap;

namespace Dashboard.Web.Briefing;

/// <summary>
/// What a briefing shows, as the page's link and the API's query string carry it: the level (provinces, or the
/// regencies of one province) and the period (the last <c>days</c>, or <c>from</c>–<c>to</c>), compared with the
/// period of the same length just before, or with the same days a year earlier (<c>compare=year</c>).
/// For readers of aggregates the period becomes a calendar period (see <see cref="Disclosure.DisclosureService.Snap"/>).
/// </summary>
/// <param name="Rolling">True for "the last N days" (or the default), false for an explicit from–to.</param>
public sealed record BriefingRequest(string Level, string? Province, BriefingPeriod Period, bool Rolling = true, bool AgainstYear = false)
{
    public const int DefaultDays = 28;
    public const int MaxDays = 366 * 2;

    public static readonly string[] CompareChoices = ["previous", "year"];

    public static BriefingRequest? Parse(string? province, string? days, string? from, string? to, DateOnly today, IDictionary<string, string[]> errors,
        string? compare = null)
    {
        if (compare is not null && !CompareChoices.Contains(compare))
            errors["compare"] = [$"compare must be one of {string.Join(", ", CompareChoices)}; got '{compare}'."];
        var code = string.IsNullOrWhiteSpace(province) ? null : province.Trim();
        if (code is not null && (code.Length != 2 || !code.All(char.IsAsciiDigit)))
            errors["province"] = [$"province '{province}' must be a two-digit province code, e.g. 61."];
        var fromDate = DateParameter.Parse("from", from, errors);
        var toDate = DateParameter.Parse("to", to, errors);
        int? dayCount = null;
        if (!string.IsNullOrWhiteSpace(days))
        {
            if (!int.TryParse(days, System.Globalization.CultureInfo.InvariantCulture, out var d) || !BriefingService.PeriodChoices.Contains(d))
                errors["days"] = [$"days must be one of {string.Join(", ", BriefingService.PeriodChoices)}; got '{days}'."];
            else
                dayCount = d;
        }
        if ((fromDate is null) != (toDate is null))
            errors["period"] = ["give both from and to, or neither."];
        else if (fromDate is { } f && toDate is { } t)
        {
            if (dayCount is not null)
                errors["period"] = ["give days, or from and to, not both."];
            else if (t < f)
                errors["to"] = [$"to ({t:yyyy-MM-dd}) is before from ({f:yyyy-MM-dd})."];
            else if (t.DayNumber - f.DayNumber + 1 > MaxDays)
                errors["period"] = [$"a period is at most {MaxDays} days."];
        }
        if (errors.Count > 0)
            return null;
        var period = fromDate is { } start && toDate is { } end ? BriefingPeriod.Of(start, end) : BriefingPeriod.Last(dayCount ?? DefaultDays, today);
        if (compare == "year")
            period = period.AgainstYearBefore();
        return new BriefingRequest(code is null ? "province" : "regency", code, period, Rolling: fromDate is null, AgainstYear: compare == "year");
    }
}
