using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Live;

/// <summary>
/// The live view in its address, so a link opens the same view: severities, statuses, time window, province, scope
/// and sort (<c>/live?severity=Critical,High&amp;hours=24&amp;scope=national&amp;sort=newest</c>). Unknown values are ignored,
/// as a shared link from an older version should still open.
/// </summary>
public sealed record LiveViewLink(AlertFilter Filter, bool? National, AlertSort? Sort)
{
    public static LiveViewLink Parse(string? severity, string? status, string? hours, string? province, string? scope, string? sort, AlertFilter defaults)
    {
        var filter = defaults;
        if (Set<AlertSeverity>(severity) is { } severities)
            filter = filter with { Severities = severities };
        if (Set<AlertStatus>(status) is { } statuses)
            filter = filter with { Statuses = statuses };
        if (int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && AlertFilter.HourChoices.Contains(h))
            filter = filter with { Hours = h };
        if (province is { Length: > 0 and <= 16 } && province.All(c => char.IsAsciiDigit(c) || c == '.'))
            filter = filter with { ProvinceCode = province };
        bool? national = scope switch { ViewScope.National => true, ViewScope.Area => false, _ => null };
        AlertSort? chosen = Enum.TryParse<AlertSort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        return new LiveViewLink(filter, national, chosen);
    }

    /// <summary>The page's address for this view, relative to the base: "live?…".</summary>
    public string Href()
    {
        var parts = new List<string>();
        if (Filter.Severities.Count > 0)
            parts.Add("severity=" + string.Join(',', Filter.Severities.Order()));
        parts.Add("status=" + (Filter.Statuses.Count > 0 ? string.Join(',', Filter.Statuses.Order()) : "all"));
        if (Filter.Hours is { } hours)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"hours={hours}"));
        if (Filter.ProvinceCode is { } province)
            parts.Add("province=" + Uri.EscapeDataString(province));
        if (National is { } national)
            parts.Add("scope=" + (national ? ViewScope.National : ViewScope.Area));
        if (Sort is { } sort)
            parts.Add("sort=" + sort.ToString().ToLowerInvariant());
        return "live?" + string.Join('&', parts);
    }

    private static HashSet<T>? Set<T>(string? text) where T : struct, Enum
    {
        if (text is null)
            return null;
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
            return [];
        var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Enum.TryParse<T>(v, ignoreCase: true, out var e) && Enum.IsDefined(e) ? e : (T?)null)
            .OfType<T>().ToHashSet();
        return values.Count > 0 ? values : null;
    }
}
