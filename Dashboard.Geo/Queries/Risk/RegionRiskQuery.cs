using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>Provinces or regencies of a run, ranked by mean risk, with change and driving factors.</summary>
public sealed class RegionRiskQuery(IDbContextFactory<GeoDbContext> contexts)
{
    public async Task<IReadOnlyList<RegionRiskRow>> RankAsync(int runId, string level, string? provinceCode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.RegionRisks.AsNoTracking()
            .Where(r => r.RunId == runId && r.Level == level && (provinceCode == null || r.Code.StartsWith(provinceCode)))
            .ToListAsync(ct);
        var national = await db.CellRisks.Where(c => c.RunId == runId)
            .GroupBy(_ => 1)
            .Select(g => new { Threat = g.Average(c => c.Threat), Vulnerability = g.Average(c => c.Vulnerability), Impact = g.Average(c => c.Impact) })
            .SingleOrDefaultAsync(ct);
        var names = level == "province"
            ? await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, ct)
            : await db.Regencies.ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return rows.OrderByDescending(r => r.MeanScore).Select(r => new RegionRiskRow(
                r.Level, r.Code, names.GetValueOrDefault(r.Code, r.Code), r.Cells, r.MeanScore, r.MaxScore, r.HotCells,
                r.MeanThreat, r.MeanVulnerability, r.MeanImpact,
                r.MeanScore - r.PreviousRunMeanScore, r.MeanScore - r.PreviousPeriodMeanScore,
                national is null ? [] : TopFactors(r.MeanThreat / national.Threat, r.MeanVulnerability / national.Vulnerability, r.MeanImpact / national.Impact)))
            .ToList();
    }

    /// <summary>The factors above the national mean, strongest first (ratios compared on a log scale, as the score multiplies them).</summary>
    private static IReadOnlyList<string> TopFactors(double threat, double vulnerability, double impact) =>
        new[] { ("threat", threat), ("vulnerability", vulnerability), ("impact", impact) }
            .Where(f => f.Item2 > 1.0)
            .OrderByDescending(f => Math.Log(f.Item2))
            .Select(f => f.Item1)
            .ToList();
}
