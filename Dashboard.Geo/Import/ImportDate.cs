using System.Globalization;
using NetTopologySuite.Features;

namespace Dashboard.Geo.Import;

internal static class ImportDate
{
    public static DateOnly? Read(IAttributesTable? attributes, string name, string at, List<ImportProblem> problems)
    {
        var text = GeoJsonFile.Text(attributes, name);
        if (string.IsNullOrEmpty(text))
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add(new ImportProblem($"{at}.properties.{name}", $"{name} '{text}' is not a date in the form yyyy-MM-dd."));
        return null;
    }
}
