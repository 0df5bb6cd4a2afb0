using System.Text.Json;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Dashboard.Geo.Import;

/// <summary>Reads an uploaded GeoJSON FeatureCollection, saying where a malformed file breaks.</summary>
public static class GeoJsonFile
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static async Task<(FeatureCollection? Features, ImportProblem? Problem)> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            var features = await JsonSerializer.DeserializeAsync<FeatureCollection>(stream, Options, cancellationToken);
            return features is null
                ? (null, new ImportProblem("$", "The file is empty; expected a GeoJSON FeatureCollection."))
                : (features, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return (null, new ImportProblem(e.Path ?? "$", $"The file is not a valid GeoJSON FeatureCollection{where}: {FirstSentence(e.Message)}"));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return (null, new ImportProblem("$", $"The file is not a valid GeoJSON FeatureCollection: {FirstSentence(e.Message)}"));
        }
    }

    /// <summary>
    /// Reads a FeatureCollection and each feature in it with <paramref name="read"/>, which notes what is wrong with a
    /// feature (named "features[i]") in the problems. A malformed file, or one without features, is a problem too.
    /// </summary>
    public static async Task<(List<T> Records, List<ImportProblem> Problems)> ReadFeaturesAsync<T>(Stream stream,
        Func<IFeature, string, List<ImportProblem>, IEnumerable<T>> read, CancellationToken cancellationToken)
    {
        var (collection, formatProblem) = await ReadAsync(stream, cancellationToken);
        if (formatProblem is not null)
            return ([], [formatProblem]);
        var problems = new List<ImportProblem>();
        var records = new List<T>();
        for (var i = 0; i < collection!.Count; i++)
            records.AddRange(read(collection[i], $"features[{i}]", problems));
        if (collection.Count == 0)
            problems.Add(new ImportProblem("features", "The FeatureCollection has no features."));
        return (records, problems);
    }

    public static string? Text(IAttributesTable? attributes, string name) =>
        attributes is not null && attributes.Exists(name) ? attributes[name]?.ToString()?.Trim() : null;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        options.Converters.Add(new GeoJsonConverterFactory(Geometries.Factory));
        return options;
    }
}
