using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Import;

/// <summary>
/// Numbers and yes/no as offices type them: "106.82" or, from an Indonesian spreadsheet, "106,82"; "ya"/"tidak" as
/// well as "true"/"false". A value that is none of these is a problem naming the column and the value.
/// </summary>
public static partial class ImportCells
{
    public static double? Number(string text, string column, IDictionary<string, string> problems)
    {
        if (text.Length == 0)
            return null;
        var normal = DecimalComma().IsMatch(text) ? text.Replace(',', '.') : text;
        if (double.TryParse(normal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        problems[column] = $"{column} '{text}' is not a number.";
        return null;
    }

    public static int? Whole(string text, string column, IDictionary<string, string> problems)
    {
        if (text.Length == 0)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        // XLSX keeps every number as a double: "12" arrives as "12" but a typed "12,0" or "12.0" is still whole.
        if (Number(text, column, problems) is { } d && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
            return (int)d;
        problems[column] = $"{column} '{text}' is not a whole number.";
        return null;
    }

    public static bool? YesNo(string text, string column, IDictionary<string, string> problems)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "":
                return null;
            case "true" or "yes" or "ya" or "y" or "1":
                return true;
            case "false" or "no" or "tidak" or "t" or "n" or "0":
                return false;
            default:
                problems[column] = $"{column} '{text}' is not yes or no (ya/tidak, true/false).";
                return null;
        }
    }

    /// <summary>A date as the template writes it (2026-10-05) or as an Indonesian spreadsheet does (05/10/2026, 5-10-2026).</summary>
    public static DateOnly? Date(string text, string column, IDictionary<string, string> problems)
    {
        if (text.Length == 0)
            return null;
        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];
        if (DateOnly.TryParseExact(text.Length > 10 && text[10] == ' ' ? text[..10] : text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems[column] = $"{column} '{text}' is not a date; write it as yyyy-mm-dd (or dd/mm/yyyy).";
        return null;
    }

    [GeneratedRegex(@"^-?\d+,\d+$")]
    private static partial Regex DecimalComma();
}
