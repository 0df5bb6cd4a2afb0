using System.Collections.Concurrent;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Offices;

/// <summary>
/// Builds working areas from regency codes and keeps them: an office's area changes only when an administrator edits
/// the office, and every open page and API call of its staff asks for it.
/// </summary>
public sealed class WorkingAreas(IDbContextFactory<GeoDbContext> contexts)
{
    private readonly ConcurrentDictionary<string, WorkingArea> _built = new();

    public async Task<WorkingArea?> ForAsync(IReadOnlyCollection<string> regencyCodes, CancellationToken ct)
    {
        if (regencyCodes.Count == 0)
            return null;
        var codes = regencyCodes.Distinct().Order(StringComparer.Ordinal).ToArray();
        var key = string.Join(',', codes);
        if (_built.TryGetValue(key, out var area))
            return area;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().Where(r => codes.Contains(r.Code))
            .Select(r => new { r.ProvinceCode, r.Boundary, r.Seat }).ToListAsync(ct);
        var boundaries = regencies.Where(r => r.Boundary is not null).Select(r => (Geometry)r.Boundary!).ToList();
        var outline = boundaries.Count == 0 ? null : Geometries.Factory.BuildGeometry(boundaries).Union();
        if (outline is not null)
            outline.SRID = Geometries.Wgs84; // the union drops it, and PostGIS refuses to compare mixed SRIDs
        // Codes are "61.05": the province is the part before the dot, also for a regency not in geo.regencies yet.
        var provinces = regencies.Select(r => r.ProvinceCode).Concat(codes.Select(c => c.Split('.')[0])).ToHashSet();
        // Without boundaries, about a regency's size (0.6°, some 65 km) around each seat frames the area on a map.
        Envelope? extent = outline?.EnvelopeInternal;
        if (extent is null && regencies.Count > 0)
        {
            extent = new Envelope();
            foreach (var r in regencies)
                extent.ExpandToInclude(r.Seat.Coordinate);
            extent.ExpandBy(0.6);
        }
        area = new WorkingArea(codes, outline, provinces, extent);
        _built[key] = area;
        return area;
    }

    /// <summary>Forget every built area, after an office or a regency boundary changed.</summary>
    public void Invalidate() => _built.Clear();
}
