using Dashboard.Web.Api;
using Dashboard.Web.Map;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Identity;
using Dashboard.Web.Disclosure;

namespace Dashboard.Web.RiskMap;

/// <summary>
/// The risk map on the wire: GET /api/map/layers/risk and /api/map/layers/hotspots (GeoJSON, same bbox/zoom as the
/// other layers, optional run and compare), GET /api/risk/runs, GET /api/risk/cells/{id}, GET /api/risk/regions,
/// POST /api/risk/runs. Other agencies get <see cref="PublishedRisk"/>: the published run only, rounded and classed.
/// </summary>
public static class RiskApi
{
    public static WebApplicationBuilder AddRiskApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RiskLayerQuery>();
        builder.Services.AddSingleton<RiskRunQueries>();
        builder.Services.AddSingleton<RegionRiskQuery>();
        builder.Services.AddSingleton<RiskDistributionQuery>();
        builder.Services.AddSingleton<PublishedRisk>();
        return builder;
    }

    public static WebApplication MapRiskApi(this WebApplication app)
    {
        app.MapGet("/api/map/layers/risk", (HttpContext http, string? bbox, string? zoom, int? run, int? compare, RiskLayerQuery layers, RiskRunQueries runs,
            PublishedRisk published, CancellationToken ct) =>
            DisclosureService.AggregatesOnly(http.User)
                ? PublishedLayerAsync(http, bbox, zoom, published, ct, (id, viewport) => layers.GetChoroplethAsync(id, null, viewport, ct))
                : LayerAsync(http, bbox, zoom, run, runs, ct, (id, viewport) => layers.GetChoroplethAsync(id, compare, viewport, ct)));
        app.MapGet("/api/map/layers/hotspots", (HttpContext http, string? bbox, string? zoom, int? run, RiskLayerQuery layers, RiskRunQueries runs,
            PublishedRisk published, CancellationToken ct) =>
            DisclosureService.AggregatesOnly(http.User)
                ? PublishedLayerAsync(http, bbox, zoom, published, ct, (id, viewport) => layers.GetHotSpotsAsync(id, viewport, ct))
                : LayerAsync(http, bbox, zoom, run, runs, ct, (id, viewport) => layers.GetHotSpotsAsync(id, viewport, ct)));
        app.MapGet("/api/risk/runs", async (HttpContext http, int? count, RiskRunQueries runs, PublishedRisk published, CancellationToken ct) =>
            DisclosureService.AggregatesOnly(http.User)
                ? Results.Ok(await published.RunsAsync(ct))
                : Results.Ok(await runs.RecentAsync(Math.Clamp(count ?? 20, 1, 200), ct)));
        app.MapGet("/api/risk/cells/{cellId:long}", ExplainAsync);
        app.MapGet("/api/risk/regions", RegionsAsync);
        app.MapPost("/api/risk/runs", (RiskMapTrigger trigger) => Results.Accepted(value: new { job = trigger.Request(TimeSpan.Zero) }))
            .RequireAuthorization(Policies.RecomputeRisk);
        return app;
    }

    private static async Task<IResult> LayerAsync(HttpContext http, string? bbox, string? zoom, int? run, RiskRunQueries runs, CancellationToken ct,
        Func<int, Viewport, Task<string>> read)
    {
        var errors = new Dictionary<string, string[]>();
        var viewport = ViewportParser.TryParse(bbox, zoom, errors);
        if (viewport is null)
            return Results.ValidationProblem(errors, title: "The map layer request is not valid.");
        var runId = run ?? await runs.LatestSucceededAsync(ct);
        if (runId is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No risk map yet.",
                detail: "No risk run has finished yet; the first one starts after the data is loaded and takes a few seconds.");
        return RevalidatedText.Of(http, await read(runId.Value, viewport), MapApi.GeoJsonContentType);
    }

    /// <summary>Other agencies: the published run whatever run was asked for, never compared, scores rounded and classed.</summary>
    private static async Task<IResult> PublishedLayerAsync(HttpContext http, string? bbox, string? zoom, PublishedRisk published, CancellationToken ct,
        Func<int, Viewport, Task<string>> read)
    {
        var errors = new Dictionary<string, string[]>();
        var viewport = ViewportParser.TryParse(bbox, zoom, errors);
        if (viewport is null)
            return Results.ValidationProblem(errors, title: "The map layer request is not valid.");
        if (await published.RunAsync(ct) is not { } runId)
            return NotPublishedYet();
        return RevalidatedText.Of(http, await published.RewriteLayerAsync(runId, await read(runId, viewport), ct), MapApi.GeoJsonContentType);
    }

    private static IResult NotPublishedYet() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No risk map published yet.",
        detail: "Other agencies see the risk map as published on its schedule (Disclosure:RiskPublication); no run had finished by the last publication time.");

    /// <summary>GET /api/risk/regions?level=province|regency[&amp;province=32][&amp;run=N]: the ranked table.</summary>
    private static async Task<IResult> RegionsAsync(HttpContext http, string? level, string? province, int? run, RiskRunQueries runs, RegionRiskQuery regions,
        PublishedRisk published, CancellationToken ct)
    {
        var chosen = level ?? "province";
        if (chosen is not ("province" or "regency"))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["level"] = [$"level '{level}' must be 'province' or 'regency'."] });
        if (DisclosureService.AggregatesOnly(http.User))
            return await published.RegionsAsync(chosen, province, ct) is { } rows ? Results.Ok(rows) : NotPublishedYet();
        var runId = run ?? await runs.LatestSucceededAsync(ct);
        if (runId is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No risk map yet.");
        return Results.Ok(await regions.RankAsync(runId.Value, chosen, province, ct));
    }

    private static async Task<IResult> ExplainAsync(HttpContext http, long cellId, int? run, int? compare, RiskRunQueries runs, PublishedRisk published, CancellationToken ct)
    {
        if (DisclosureService.AggregatesOnly(http.User))
            return await published.RunAsync(ct) is null ? NotPublishedYet()
                : await published.ExplainAsync(cellId, ct) is { } classed ? Results.Ok(classed)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown cell.", detail: $"The published run has no cell {cellId}.");
        var runId = run ?? await runs.LatestSucceededAsync(ct);
        if (runId is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No risk map yet.");
        var compareId = compare ?? await runs.PreviousSucceededAsync(runId.Value, ct);
        var explanation = await runs.ExplainAsync(runId.Value, cellId, compareId, ct);
        return explanation is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown cell.", detail: $"Run {runId} has no cell {cellId}.")
            : Results.Ok(explanation);
    }
}
