using System.Text.Json.Nodes;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Map;

/// <summary>
/// Names for the offline basemap: every province at its capital from the national view on, and every regency or city at
/// its seat once the map is zoomed in far enough to tell them apart. One small GeoJSON for the whole country.
/// </summary>
public sealed class PlaceLabels(IDbContextFactory<GeoDbContext> contexts)
{
    /// <summary>Province names show from the national view on (zoom 3.5 on a phone, 5 on a laptop).</summary>
    public const int ProvinceMinZoom = 3;

    /// <summary>Regency seats show from zoom 7, where a province fills most of a laptop screen.</summary>
    public const int RegencyMinZoom = 7;

    public async Task<string> GetFeatureCollectionAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Name, p.Seat.X, p.Seat.Y }).ToListAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Name, r.Seat.X, r.Seat.Y }).ToListAsync(ct);

        var features = new JsonArray();
        foreach (var p in provinces)
            features.Add(Feature(p.Code, p.Name, "province", ProvinceMinZoom, p.X, p.Y));
        foreach (var r in regencies)
            features.Add(Feature(r.Code, Shorten(r.Name), "regency", RegencyMinZoom, r.X, r.Y));
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString();
    }

    /// <summary>"Kabupaten Sanggau" → "Kab. Sanggau": the map has little room, the search keeps the full name.</summary>
    public static string Shorten(string name) =>
        name.StartsWith("Kabupaten ", StringComparison.Ordinal) ? "Kab. " + name["Kabupaten ".Length..] : name;

    private static JsonObject Feature(string code, string name, string kind, int minZoom, double longitude, double latitude) => new()
    {
        ["type"] = "Feature",
        ["geometry"] = new JsonObject
        {
            ["type"] = "Point",
            ["coordinates"] = new JsonArray(Math.Round(longitude, 5), Math.Round(latitude, 5)),
        },
        ["properties"] = new JsonObject { ["code"] = code, ["name"] = name, ["kind"] = kind, ["minZoom"] = minZoom },
    };
}
