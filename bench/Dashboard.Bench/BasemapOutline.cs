using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Import;
using Dashboard.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Dashboard.Bench;

/// <summary>Loads Indonesia's outline from the web project's generated basemap, as the web app does at start-up.</summary>
internal static class BasemapOutline
{
    public static async Task LoadAsync(PostgisDatabaseFixture database, string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: build Dashboard.Web first (it generates the basemap from npm).");
        await using var stream = File.OpenRead(path);
        var (features, problem) = await GeoJsonFile.ReadAsync(stream, CancellationToken.None);
        var indonesia = features?.FirstOrDefault(f => GeoJsonFile.Text(f.Attributes, "name") == "Indonesia")
            ?? throw new InvalidOperationException($"No Indonesia in {path}: {problem?.Message}");
        var outline = GeometryFixer.Fix(indonesia.Geometry) switch
        {
            MultiPolygon m => m,
            Polygon p => Geo.Spatial.Geometries.Factory.CreateMultiPolygon([p]),
            var other => throw new InvalidOperationException($"Indonesia is a {other.GeometryType}"),
        };
        outline.SRID = Geo.Spatial.Geometries.Wgs84;
        await using var db = database.CreateGeoContext();
        db.LandAreas.Add(new LandArea { Name = "Indonesia", IsIndonesia = true, Outline = outline });
        await db.SaveChangesAsync();
    }
}
