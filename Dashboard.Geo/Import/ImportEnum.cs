using NetTopologySuite.Features;

namespace Dashboard.Geo.Import;

internal static class ImportEnum
{
    /// <summary>Reads an enum property by name (case-insensitive); absent means the default, unknown is a problem.</summary>
    public static T Read<T>(IAttributesTable? attributes, string name, T fallback, string at, List<ImportProblem> problems)
        where T : struct, Enum
    {
        var text = GeoJsonFile.Text(attributes, name);
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
            return value;
        problems.Add(new ImportProblem($"{at}.properties.{name}",
            $"{name} '{text}' is not one of: {string.Join(", ", Enum.GetNames<T>())}."));
        return fallback;
    }
}
