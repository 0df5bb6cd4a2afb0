using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Territory;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Cases;

/// <summary>
/// What a batch of case inputs may refer to, read once per request or import: modus codes, regencies (the region
/// boundaries and the gazetteer alike), the gazetteer villages named, assisted villages' points, crossings and routes.
/// </summary>
public sealed record CaseReferences(
    IReadOnlySet<string> Modi,
    IReadOnlyDictionary<string, Point?> Regencies,
    IReadOnlySet<string> Provinces,
    IReadOnlyDictionary<string, GazetteerHit> Villages,
    IReadOnlyDictionary<string, Point> VillagePoints,
    IReadOnlySet<int> Crossings,
    IReadOnlySet<int> Routes,
    IndonesiaTerritory? Territory)
{
    /// <summary>The registered offices by code, for the passport-issuing office (identity database, so set by the caller).</summary>
    public IReadOnlyDictionary<string, string> Offices { get; init; } = new Dictionary<string, string>();

    public CaseReferences WithOffices(IEnumerable<Accounts.Office> offices) =>
        this with { Offices = offices.ToDictionary(o => o.Code, o => o.Name, StringComparer.OrdinalIgnoreCase) };

    public static async Task<CaseReferences> LoadAsync(GeoDbContext db, IReadOnlyCollection<CaseInput> inputs, IndonesiaTerritory? territory, CancellationToken ct)
    {
        var villageCodes = inputs.Select(i => i.VillageCode?.Trim()).OfType<string>().Where(c => c.Length is > 0 and <= 13).Distinct().ToList();
        var crossingIds = inputs.Select(i => i.ExitCrossingId).OfType<int>().Distinct().ToList();
        var routeIds = inputs.Select(i => i.ExitRatRouteId).OfType<int>().Distinct().ToList();

        var regencies = new Dictionary<string, Point?>();
        foreach (var code in await db.GazetteerAreas.Where(a => a.Level == GazetteerLevel.Regency && a.RetiredInRelease == null).Select(a => a.Code).ToListAsync(ct))
            regencies[code] = null;
        foreach (var r in await db.Regencies.Select(r => new { r.Code, r.Seat }).ToListAsync(ct))
            regencies[r.Code] = r.Seat;
        var provinces = (await db.Provinces.Select(p => p.Code).ToListAsync(ct))
            .Concat(await db.GazetteerAreas.Where(a => a.Level == GazetteerLevel.Province && a.RetiredInRelease == null).Select(a => a.Code).ToListAsync(ct))
            .ToHashSet();

        var villages = villageCodes.Count == 0 ? [] : await db.GazetteerAreas.AsNoTracking()
            .Where(a => a.Level == GazetteerLevel.Village && a.RetiredInRelease == null && villageCodes.Contains(a.Code)).ToListAsync(ct);
        var points = villageCodes.Count == 0 ? [] : await db.AssistedVillages.Where(v => villageCodes.Contains(v.VillageCode))
            .Select(v => new { v.VillageCode, v.Location }).ToListAsync(ct);
        return new CaseReferences(
            (await db.ModiOperandi.Where(m => m.IsActive).Select(m => m.Code).ToListAsync(ct)).ToHashSet(),
            regencies,
            provinces,
            villages.ToDictionary(v => v.Code, v => new GazetteerHit(v.Code, v.Level, v.Name, null, null, null, null, null, false, false)),
            points.GroupBy(p => p.VillageCode).ToDictionary(g => g.Key, g => g.First().Location),
            crossingIds.Count == 0 ? new HashSet<int>() : (await db.BorderCrossings.Where(c => crossingIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet(),
            routeIds.Count == 0 ? new HashSet<int>() : (await db.RatRoutes.Where(r => routeIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet(),
            territory);
    }
}
