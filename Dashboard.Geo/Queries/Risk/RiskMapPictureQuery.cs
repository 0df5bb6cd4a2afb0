using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>The risk map in force at the end of a period, for one province or the nation.</summary>
public sealed class RiskMapPictureQuery(IDbContextFactory<GeoDbContext> contexts)
{
    /// <summary>Above this many cells a national picture keeps only the cells above the median: the rest is the pale background.</summary>
    public const int MaxCells = 20_000;

    public async Task<RiskMapPicture?> AtAsync(DateTimeOffset moment, string? provinceCode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.RiskRuns.AsNoTracking().Where(r => r.FinishedAt != null && r.FinishedAt < moment).LatestFirst()
            .Select(r => new { r.Id, r.AsOf }).FirstOrDefaultAsync(ct);
        if (run is null)
            return null;
        var scores = db.CellRisks.AsNoTracking().Where(c => c.RunId == run.Id);
        var all = await scores.Select(c => c.Score).OrderBy(s => s).ToListAsync(ct);
        if (all.Count == 0)
            return new RiskMapPicture(run.Id, run.AsOf, []);
        double Quantile(double q) => all[(int)Math.Min(all.Count - 1, Math.Floor(q * all.Count))];
        var cuts = RiskBands.Percentiles.Select(Quantile).ToArray();
        var median = cuts[0];
        var chosen = provinceCode is null ? scores : scores.Where(c => c.ProvinceCode == provinceCode);
        if (provinceCode is null && all.Count > MaxCells)
            chosen = chosen.Where(c => c.Score > median);
        var cells = await chosen.Join(db.GridCells.AsNoTracking(), c => c.CellId, g => g.Id, (c, g) => new { g.Boundary, c.Score })
            .Take(MaxCells).ToListAsync(ct);
        return new RiskMapPicture(run.Id, run.AsOf, [.. cells.Select(c => new RiskMapCell(c.Boundary, RiskBands.Of(c.Score, cuts)))]);
    }
}
