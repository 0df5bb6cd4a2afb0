using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Briefing;

/// <summary>
/// The briefing table as CSV (for spreadsheets) and GeoJSON (regions at their seats, for GIS), suppression included.
/// Each file states its disclosure level and k: a comment line before the CSV header, a "disclosure" member in GeoJSON.
/// </summary>
public static class BriefingExport
{
    private static readonly string[] Columns =
    [
        "rank", "code", "name", "risk", "risk_change", "hot_cells", "top_factors", "open_alerts", "cases", "cases_before", "cases_change",
        "victims", "minors", "reports", "reports_before", "offloadings", "period_from", "period_to", "compare_from", "compare_to", "risk_run", "model_version",
    ];

    public static string Csv(BriefingTable table)
    {
        var csv = new StringBuilder();
        csv.AppendLine(Statement(table));
        csv.AppendLine(string.Join(',', Columns));
        foreach (var r in table.Rows)
        {
            string[] cells =
            [
                Number(r.Rank), r.Code, r.Name, Number(r.Risk), Number(r.RiskChange), Number(r.HotCells), string.Join(' ', r.TopFactors), r.OpenAlerts,
                r.Cases, r.CasesBefore, Number(r.CasesChange), r.Victims, r.Minors, r.Reports, r.ReportsBefore, r.Offloadings,
                Date(table.Period.From), Date(table.Period.To), Date(table.Period.CompareFrom), Date(table.Period.CompareTo), Number(table.RiskRun), table.ModelVersion ?? "",
            ];
            csv.AppendLine(string.Join(',', cells.Select(Quote)));
        }
        return csv.ToString();
    }

    public static string GeoJson(BriefingTable table) => JsonSerializer.Serialize(new
    {
        type = "FeatureCollection",
        period = new { from = table.Period.From, to = table.Period.To, compareFrom = table.Period.CompareFrom, compareTo = table.Period.CompareTo },
        disclosure = Disclosure(table),
        riskRun = table.RiskRun,
        modelVersion = table.ModelVersion,
        features = table.Rows.Select(r => new
        {
            type = "Feature",
            id = r.Code,
            geometry = new { type = "Point", coordinates = new[] { Math.Round(r.Longitude, 6), Math.Round(r.Latitude, 6) } },
            properties = r,
        }),
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The first line of a CSV export: what was withheld and how, for whoever receives the file.</summary>
    public static string Statement(BriefingTable t) => t.Disclosure == "aggregate"
        ? string.Create(CultureInfo.InvariantCulture,
            $"# disclosure=aggregate; k={t.K}; counts from 1 to {t.K - 1} and counts derivable from others shown as <{t.K}; partition=province/regency (Kemendagri); calendar=ISO week/quarter/year; period={t.Calendar}; compare={t.CompareCalendar}")
        : "# disclosure=detail; immigration service only: exact counts, not for partners (ask for ?k=5 or ?k=11 for a partner export)";

    private static object Disclosure(BriefingTable t) => t.Disclosure == "aggregate"
        ? new { level = "aggregate", k = t.K, partition = "province/regency (Kemendagri)", calendar = "ISO week/quarter/year", period = t.Calendar, compare = t.CompareCalendar }
        : new { level = "detail", k = (int?)null, partition = "province/regency (Kemendagri)", calendar = "days", period = (string?)null, compare = (string?)null };

    private static string Number<T>(T? value) where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "<5" and names with commas stay one cell; a leading = + - @ would be a formula in a spreadsheet.
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
