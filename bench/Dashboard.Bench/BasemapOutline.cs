using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Import;
using Dashboard.Testing;

namespace Dashboard.Bench;

/// <summary>Loads Indonesia's outline from the web project's generated basemap, as the web app does at start-up.</summary>
internal static class BasemapOutline
{
    public static async Task LoadAsync(PostgisDatabaseFixture database, string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: build Dashboard.Web first (it generates the basemap from npm).");
        await using var stream = File.OpenRead(path);
        await using var db = database.CreateGeoContext();
        db.LandAreas.Add(new LandArea { Name = "Indonesia", IsIndonesia = true, Outline = await LandOutlineFile.ReadIndonesiaAsync(stream, CancellationToken.None) });
        await db.SaveChangesAsync();
    }
}
