using Dashboard.Geo.Gazetteer;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Gazetteer;

/// <summary>Loads the gazetteer release the build shipped when the database has none or an older one.</summary>
public static class GazetteerStartup
{
    public static async Task LoadIfNewerAsync(IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        var options = services.GetRequiredService<IOptions<GazetteerOptions>>().Value;
        if (!options.LoadAtStartup)
            return;
        var directory = FindDirectory(options, services.GetRequiredService<IWebHostEnvironment>());
        if (directory is null)
        {
            logger.LogWarning("No gazetteer files found (set Gazetteer:Directory); codes cannot be validated until one is loaded");
            return;
        }
        var release = await services.GetRequiredService<GazetteerLoader>().LoadIfNewerAsync(new GazetteerFiles(directory), ct);
        if (release is not null)
            logger.LogInformation("Loaded gazetteer release {Version}: {Areas} codes, {Added} new, {Retired} retired",
                release.Version, release.Areas, release.Added, release.Retired);
    }

    public static string? FindDirectory(GazetteerOptions options, IWebHostEnvironment environment)
    {
        string?[] candidates =
        [
            options.Directory,
            Path.Combine(AppContext.BaseDirectory, "gazetteer"),
            Path.Combine(environment.ContentRootPath, "node_modules", "idn-area-data", "data"),
        ];
        foreach (var candidate in candidates.OfType<string>())
        {
            if (GazetteerFiles.Exist(candidate))
                return candidate;
        }
        return null;
    }
}
