using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Import;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Dashboard.Web.Startup;

/// <summary>
/// Loads the country outlines of the vector basemap (Natural Earth, built from npm into wwwroot/basemap) into
/// geo.land_areas once, so the risk grid can follow Indonesia's land and coastal waters.
/// </summary>
internal static class LandOutlineStartup
{
    public const string BasemapPath = "basemap/countries.geojson";

    public static async Task LoadIfEmptyAsync(IServiceProvider services, ILogger logger)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<GeoDbContext>>().CreateDbContextAsync();
        if (await db.LandAreas.AnyAsync())
            return;
        var file = services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(BasemapPath);
        if (!file.Exists)
        {
            logger.LogWarning("{Path} is missing, so the risk grid cannot be built; build the web project to create it", BasemapPath);
            return;
        }
        await using var stream = file.CreateReadStream();
        var (features, problem) = await GeoJsonFile.ReadAsync(stream, CancellationToken.None);
        if (features is null)
            throw new InvalidOperationException($"{BasemapPath}: {problem?.Message}");
        foreach (var feature in features)
        {
            // Clipping the world to the region can leave rings that touch themselves; fix rather than refuse.
            var fixedGeometry = GeometryFixer.Fix(feature.Geometry);
            var outline = fixedGeometry switch
            {
                MultiPolygon m => m,
                Polygon p => Geo.Spatial.Geometries.Factory.CreateMultiPolygon([p]),
                _ => null,
            };
            var name = GeoJsonFile.Text(feature.Attributes, "name");
            if (outline is null || string.IsNullOrEmpty(name) || db.LandAreas.Local.Any(l => l.Name == name))
                continue;
            outline.SRID = Geo.Spatial.Geometries.Wgs84;
            db.LandAreas.Add(new LandArea { Name = name, Outline = outline, IsIndonesia = GeoJsonFile.Text(feature.Attributes, "indonesia") == "True" || name == "Indonesia" });
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Loaded {Count} land outlines from the basemap", db.LandAreas.Local.Count);
    }
}
