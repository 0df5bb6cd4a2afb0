using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>The runs to choose from, the latest good one, and one cell's explanation.</summary>
public sealed class RiskRunQueries(IDbContextFactory<GeoDbContext> contexts)
{
    public async Task<IReadOnlyList<RiskRunSummary>> RecentAsync(int count, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RiskRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(count)
            .Select(r => new RiskRunSummary(r.Id, r.StartedAt, r.FinishedAt, r.Status.ToString(), r.Trigger, r.ModelVersion, r.AsOf,
                r.CellCount, r.HotSpotCount, r.InputCounts, r.StageDurations, r.Error))
            .ToListAsync(ct);
    }

    /// <summary>The newest succeeded run, or null before the first run finished.</summary>
    public async Task<int?> LatestSucceededAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RiskRuns.LatestFirst().Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The succeeded run before <paramref name="runId"/>, the default comparison.</summary>
    public async Task<int?> PreviousSucceededAsync(int runId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RiskRuns.Where(r => r.Id < runId).LatestFirst().Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<CellExplanation?> ExplainAsync(int runId, long cellId, int? compareRunId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cell = await db.CellRisks.AsNoTracking().SingleOrDefaultAsync(c => c.RunId == runId && c.CellId == cellId, ct);
        if (cell is null)
            return null;
        double? previous = compareRunId is { } compare
            ? await db.CellRisks.Where(c => c.RunId == compare && c.CellId == cellId).Select(c => (double?)c.Score).SingleOrDefaultAsync(ct)
            : null;
        var province = await db.Provinces.Where(p => p.Code == cell.ProvinceCode).Select(p => p.Name).SingleOrDefaultAsync(ct);
        var regency = await db.Regencies.Where(r => r.Code == cell.RegencyCode).Select(r => r.Name).SingleOrDefaultAsync(ct);
        var run = await db.RiskRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.ModelVersion, r.Parameters }).SingleAsync(ct);
        var (terms, horizon) = ThreatFitOf(run.Parameters);
        return new CellExplanation(cell.CellId, runId, cell.ProvinceCode, province, cell.RegencyCode, regency,
            cell.CaseDensity, cell.ReportDensity, cell.RatRouteFactor, cell.CrossingFactor, cell.Threat, cell.CoverageGapKm,
            cell.Vulnerability, cell.MinorShare, cell.HighRiskDestinationShare, cell.Impact, cell.Score, cell.GiZ, cell.IsHotSpot,
            previous, compareRunId) { ModelVersion = run.ModelVersion, ThreatTerms = terms, ThreatHorizonDays = horizon };
    }

    /// <summary>The fitted threat stored in a run's parameters (the jobs write it as ThreatFit: Features, Coefficients, HorizonDays).</summary>
    private static (IReadOnlyList<(string, double)> Terms, int? Horizon) ThreatFitOf(string? parameters)
    {
        if (string.IsNullOrEmpty(parameters))
            return ([], null);
        using var document = System.Text.Json.JsonDocument.Parse(parameters);
        if (!document.RootElement.TryGetProperty("ThreatFit", out var fit) || fit.ValueKind != System.Text.Json.JsonValueKind.Object)
            return ([], null);
        var names = fit.GetProperty("Features").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
        var coefficients = fit.GetProperty("Coefficients").EnumerateArray().Select(c => c.GetDouble()).ToList();
        return ([.. names.Zip(coefficients)], fit.GetProperty("HorizonDays").GetInt32());
    }
}
