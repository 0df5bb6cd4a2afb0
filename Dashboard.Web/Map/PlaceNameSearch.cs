using Dashboard.Geo.Persistence;
using Dashboard.Web.Map;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Map;

/// <summary>
/// Searches place names in PostgreSQL with ILIKE, so "entik" finds "PLBN Entikong" and case never matters.
/// Names that start with the text come before names that merely contain it.
/// </summary>
public sealed class PlaceNameSearch(IDbContextFactory<GeoDbContext> contexts) : IPlaceSearch
{
    public const int ProvinceZoom = 7;
    public const int RegencyZoom = 9;
    public const int CrossingZoom = 12;
    public const int VillageZoom = 13;
    private const string Escape = "\\";

    public async Task<IReadOnlyList<Place>> SearchAsync(string text, int max, CancellationToken ct)
    {
        var term = text.Trim();
        if (term.Length == 0 || max <= 0)
            return [];
        var literal = term.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_");
        var contains = $"%{literal}%";
        var startsWith = $"{literal}%";

        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = new List<Place>();
        found.AddRange((await db.Provinces
                .Where(p => EF.Functions.ILike(p.Name, contains, Escape))
                .OrderBy(p => !EF.Functions.ILike(p.Name, startsWith, Escape)).ThenBy(p => p.Name).Take(max)
                .Select(p => new { p.Name, p.Seat.X, p.Seat.Y }).ToListAsync(ct))
            .Select(p => new Place(p.Name, PlaceKind.Province, p.X, p.Y, ProvinceZoom)));
        found.AddRange((await db.Regencies
                .Where(r => EF.Functions.ILike(r.Name, contains, Escape))
                .OrderBy(r => !EF.Functions.ILike(r.Name, startsWith, Escape)).ThenBy(r => r.Name).Take(max)
                .Select(r => new { r.Name, r.Seat.X, r.Seat.Y }).ToListAsync(ct))
            .Select(r => new Place(r.Name, PlaceKind.Regency, r.X, r.Y, RegencyZoom)));
        found.AddRange((await db.BorderCrossings
                .Where(c => c.RetiredAt == null && (EF.Functions.ILike(c.Name, contains, Escape) || EF.Functions.ILike(c.Code, startsWith, Escape)))
                .OrderBy(c => !EF.Functions.ILike(c.Name, startsWith, Escape)).ThenBy(c => c.Name).Take(max)
                .Select(c => new { c.Name, c.Location.X, c.Location.Y }).ToListAsync(ct))
            .Select(c => new Place(c.Name, PlaceKind.Crossing, c.X, c.Y, CrossingZoom)));
        found.AddRange((await db.AssistedVillages
                .Where(v => v.RetiredAt == null && EF.Functions.ILike(v.Name, contains, Escape))
                .OrderBy(v => !EF.Functions.ILike(v.Name, startsWith, Escape)).ThenBy(v => v.Name).Take(max)
                .Select(v => new { v.Name, v.Location.X, v.Location.Y }).ToListAsync(ct))
            .Select(v => new Place(v.Name, PlaceKind.Village, v.X, v.Y, VillageZoom)));

        return
        [
            .. found
                .OrderBy(p => !p.Name.StartsWith(term, StringComparison.OrdinalIgnoreCase))
                .ThenBy(p => p.Kind)
                .ThenBy(p => p.Name.Length)
                .Take(max),
        ];
    }
}
