using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Reports;

/// <summary>The codes a report may refer to, read once per request: modus operandi, crossings, villages, routes.</summary>
public sealed record ReportReferences(
    IReadOnlySet<string> Modi, IReadOnlyDictionary<string, int> Crossings, IReadOnlyDictionary<string, int> Villages, IReadOnlySet<int> Routes)
{
    /// <summary>Indonesian land and territorial sea; null checks against the bounding box only.</summary>
    public Geo.Territory.IndonesiaTerritory? Territory { get; init; }

    public static async Task<ReportReferences> LoadAsync(GeoDbContext db, IReadOnlyCollection<ReportSubmission> submissions, CancellationToken ct)
    {
        var villageCodes = submissions.Select(s => s.VillageCode).OfType<string>().Distinct().ToList();
        var routeIds = submissions.Select(s => s.RatRouteId).OfType<int>().Distinct().ToList();
        return new ReportReferences(
            (await db.ModiOperandi.Where(m => m.IsActive).Select(m => m.Code).ToListAsync(ct)).ToHashSet(),
            await db.BorderCrossings.Where(c => c.RetiredAt == null).ToDictionaryAsync(c => c.Code, c => c.Id, ct),
            villageCodes.Count == 0 ? new Dictionary<string, int>() : await db.AssistedVillages.Where(v => v.RetiredAt == null && villageCodes.Contains(v.VillageCode)).ToDictionaryAsync(v => v.VillageCode, v => v.Id, ct),
            routeIds.Count == 0 ? new HashSet<int>() : (await db.RatRoutes.Where(r => routeIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet());
    }
}
