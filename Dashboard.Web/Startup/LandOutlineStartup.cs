using Dashboard.Geo.Import;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

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
        db.LandAreas.AddRange(await LandOutlineFile.ReadAsync(stream, CancellationToken.None));
        await db.SaveChangesAsync();
        logger.LogInformation("Loaded {Count} land outlines from the basemap", db.LandAreas.Local.Count);
    }
}
