using System.Globalization;

namespace Dashboard.Web.Api;

/// <summary>Reads an optional ISO date (yyyy-MM-dd) from the query string, recording a precise error when it is not one.</summary>
internal static class DateParameter
{
    public static DateOnly? Parse(string name, string? value, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors[name] = [$"{name} '{value}' is not a date in the form yyyy-MM-dd."];
        return null;
    }
}
