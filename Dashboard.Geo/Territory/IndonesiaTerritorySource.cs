using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Territory;

/// <summary>
/// Builds the territory once from geo.land_areas and keeps it (the outlines change only with a new basemap). Null while
/// no outline is stored: checks then fall back to Indonesia's bounding box.
/// </summary>
public sealed class IndonesiaTerritorySource(IDbContextFactory<GeoDbContext> contexts)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IndonesiaTerritory? _territory;

    public async Task<IndonesiaTerritory?> GetAsync(CancellationToken ct)
    {
        if (_territory is not null)
            return _territory;
        await _gate.WaitAsync(ct);
        try
        {
            if (_territory is not null)
                return _territory;
            await using var db = await contexts.CreateDbContextAsync(ct);
            return _territory = IndonesiaTerritory.From(await db.LandAreas.AsNoTracking().ToListAsync(ct));
        }
        finally
        {
            _gate.Release();
        }
    }
}
