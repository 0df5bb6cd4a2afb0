using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Dashboard.Geo.Import;

/// <summary>
/// Reads the basemap's country outlines (Natural Earth, as GeoJSON with `name` and `indonesia` properties) as land
/// areas. Clipping the world to the region can leave rings that touch themselves, so geometries are fixed, not refused.
/// </summary>
public static class LandOutlineFile
{
    public static async Task<IReadOnlyList<LandArea>> ReadAsync(Stream geoJson, CancellationToken cancellationToken)
    {
        var (features, problem) = await GeoJsonFile.ReadAsync(geoJson, cancellationToken);
        if (features is null)
            throw new InvalidDataException($"The land outline file is not usable: {problem?.Message}");
        var areas = new Dictionary<string, LandArea>();
        foreach (var feature in features)
        {
            var name = GeoJsonFile.Text(feature.Attributes, "name");
            var outline = GeometryFixer.Fix(feature.Geometry) switch
            {
                MultiPolygon m => m,
                Polygon p => Geometries.Factory.CreateMultiPolygon([p]),
                _ => null,
            };
            if (outline is null || string.IsNullOrEmpty(name) || areas.ContainsKey(name))
                continue;
            outline.SRID = Geometries.Wgs84;
            var indonesia = name == "Indonesia" || string.Equals(GeoJsonFile.Text(feature.Attributes, "indonesia"), "true", StringComparison.OrdinalIgnoreCase);
            areas[name] = new LandArea { Name = name, Outline = outline, IsIndonesia = indonesia };
        }
        return areas.Values.ToList();
    }

    public static async Task<MultiPolygon> ReadIndonesiaAsync(Stream geoJson, CancellationToken cancellationToken) =>
        (await ReadAsync(geoJson, cancellationToken)).FirstOrDefault(a => a.IsIndonesia)?.Outline
        ?? throw new InvalidDataException("The land outline file has no Indonesia.");
}
