using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Where a TIMPORA's alerts stand on the map: an assisted village by its code, else the seat of the regency or
/// province a code names. Alerts placed there reach the feeds of the offices whose working area covers them.
/// </summary>
public sealed class TimporaPlaces(IDbContextFactory<GeoDbContext> geo)
{
    /// <summary>Null when the place is not in the gazetteer yet.</summary>
    public async Task<(Point Location, string ProvinceCode, string Name)?> LocateAsync(string code, CancellationToken ct)
    {
        await using var db = await geo.CreateDbContextAsync(ct);
        if (code.Length > 5)
        {
            var village = await db.AssistedVillages.AsNoTracking().Where(v => v.VillageCode == code)
                .Select(v => new { v.Location, v.ProvinceCode, v.Name }).FirstOrDefaultAsync(ct);
            if (village is not null)
                return (village.Location, village.ProvinceCode, village.Name);
            code = code[..5];
        }
        if (code.Length == 5)
        {
            var regency = await db.Regencies.AsNoTracking().Where(r => r.Code == code)
                .Select(r => new { r.Seat, r.ProvinceCode, r.Name }).FirstOrDefaultAsync(ct);
            return regency is null ? null : (regency.Seat, regency.ProvinceCode, regency.Name);
        }
        var province = await db.Provinces.AsNoTracking().Where(p => p.Code == code)
            .Select(p => new { p.Seat, p.Code, p.Name }).FirstOrDefaultAsync(ct);
        return province is null ? null : (province.Seat, province.Code, province.Name);
    }
}
