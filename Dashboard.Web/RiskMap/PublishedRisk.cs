using System.Text.Json.Nodes;
using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.RiskMap;

/// <summary>
/// The risk map as readers of aggregates get it, on the API and in the map's details panel alike: the published
/// run only (see <see cref="RiskPublication"/>), scores rounded and classed, no comparison with another run, cell
/// explanations in classes with the drivers' names.
/// </summary>
public sealed class PublishedRisk(DisclosureService disclosure, RiskRunQueries runs, RegionRiskQuery regions, RiskDistributionQuery distributions,
    IDbContextFactory<GeoDbContext> contexts, TimeProvider clock)
{
    public Task<int?> RunAsync(CancellationToken ct) => disclosure.PublishedRiskRunAsync(ct);

    public async Task<IReadOnlyList<PublishedRiskRun>> RunsAsync(CancellationToken ct)
    {
        if (await RunAsync(ct) is not { } id)
            return [];
        var options = disclosure.Options;
        var at = RiskPublication.LastPublishedAt(clock.GetUtcNow(), options.RiskPublication, options.RiskPublicationHour);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.RiskRuns.AsNoTracking().SingleAsync(r => r.Id == id, ct);
        return [new PublishedRiskRun(run.Id, run.FinishedAt, run.ModelVersion, run.AsOf, at, options.RiskPublication.ToString())];
    }

    /// <summary>A choropleth or hot-spot layer of the published run, its scores rounded and classed and any change removed.</summary>
    public async Task<string> RewriteLayerAsync(int runId, string geoJson, CancellationToken ct)
    {
        var distribution = await distributions.ReadAsync(runId, ct);
        var root = JsonNode.Parse(geoJson)!.AsObject();
        if (root["scale"] is JsonArray scale)
            root["scale"] = new JsonArray([.. scale.Select(v => (JsonNode?)JsonValue.Create(RiskClasses.Round(v?.GetValue<double>() ?? 0)))]);
        foreach (var feature in root["features"]?.AsArray() ?? [])
        {
            if (feature?["properties"] is not JsonObject p)
                continue;
            p.Remove("change");
            p.Remove("max");
            if (p["score"] is JsonNode s)
            {
                var score = s.GetValue<double>();
                p["score"] = RiskClasses.Round(score);
                if (distribution is not null)
                    p["class"] = RiskClasses.OfScore(score, distribution.Median, distribution.P75, distribution.P90).ToString();
            }
        }
        return root.ToJsonString();
    }

    public async Task<PublishedCellExplanation?> ExplainAsync(long cellId, CancellationToken ct)
    {
        if (await RunAsync(ct) is not { } runId || await distributions.ReadAsync(runId, ct) is not { } d)
            return null;
        if (await runs.ExplainAsync(runId, cellId, compareRunId: null, ct) is not { } cell)
            return null;
        var ratios = new[] { ("threat", cell.Threat / d.MeanThreat), ("vulnerability", cell.Vulnerability / d.MeanVulnerability), ("impact", cell.Impact / d.MeanImpact) };
        return new PublishedCellExplanation(cell.CellId, runId, cell.ProvinceCode, cell.ProvinceName, cell.RegencyCode, cell.RegencyName,
            RiskClasses.Round(cell.Score), RiskClasses.OfScore(cell.Score, d.Median, d.P75, d.P90),
            RiskClasses.OfRatio(ratios[0].Item2), RiskClasses.OfRatio(ratios[1].Item2), RiskClasses.OfRatio(ratios[2].Item2),
            RiskClasses.Drivers(ratios), cell.IsHotSpot);
    }

    public async Task<IReadOnlyList<PublishedRegionRisk>?> RegionsAsync(string level, string? province, CancellationToken ct)
    {
        if (await RunAsync(ct) is not { } runId)
            return null;
        var d = await distributions.ReadAsync(runId, ct);
        return (await regions.RankAsync(runId, level, province, ct))
            .Select(r => new PublishedRegionRisk(r.Level, r.Code, r.Name, RiskClasses.Round(r.MeanScore),
                d is null ? RiskClass.Low : RiskClasses.OfScore(r.MeanScore, d.Median, d.P75, d.P90), r.HotCells,
                d is null ? [] : RiskClasses.Drivers([("threat", r.MeanThreat / d.MeanThreat), ("vulnerability", r.MeanVulnerability / d.MeanVulnerability), ("impact", r.MeanImpact / d.MeanImpact)])))
            .OrderByDescending(r => r.MeanScore).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}
