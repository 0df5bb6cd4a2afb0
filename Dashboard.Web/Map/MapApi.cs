using Dashboard.Web.Api;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Audit;
using Dashboard.Web.Disclosure;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Map;

/// <summary>GET /api/map/layers/{layer}?bbox=w,s,e,n&amp;zoom=z[&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd] → GeoJSON.</summary>
public static class MapApi
{
    public const string GeoJsonContentType = "application/geo+json";

    public static WebApplicationBuilder AddMapApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MapLayerQuery>();
        builder.Services.AddSingleton<AggregateCasesLayer>();
        builder.Services.AddSingleton<PlaceLabels>();
        return builder;
    }

    public static WebApplication MapMapApi(this WebApplication app)
    {
        app.MapGet("/api/map/layers/{layer}", GetLayerAsync).WithName("GetMapLayer");
        // Province and regency names for the offline basemap; the same for everyone, so the browser may keep them a while.
        app.MapGet("/api/map/labels", async (HttpContext http, PlaceLabels labels, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "private, max-age=3600";
            return Results.Text(await labels.GetFeatureCollectionAsync(ct), GeoJsonContentType);
        }).WithName("GetMapLabels");
        return app;
    }

    private static async Task<IResult> GetLayerAsync(string layer, string? bbox, string? zoom, string? from, string? to,
        HttpContext http, MapLayerQuery query, AggregateCasesLayer aggregates, DisclosureService disclosure, AccessLog accessLog, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!MapLayerNames.TryParse(layer, out var mapLayer))
            errors["layer"] = [$"Unknown layer '{layer}'. Known layers: {string.Join(", ", MapLayerNames.All)}."];
        var viewport = ViewportParser.TryParse(bbox, zoom, errors);
        var fromDate = DateParameter.Parse("from", from, errors);
        var toDate = DateParameter.Parse("to", to, errors);
        if (fromDate > toDate)
            errors["to"] = [$"to ({to}) is before from ({from})."];
        if (errors.Count > 0 || viewport is null)
            return Results.ValidationProblem(errors, title: "The map layer request is not valid.");

        if (mapLayer == MapLayer.Cases && DisclosureService.AggregatesOnly(http.User))
            return await AggregateCasesAsync(http, fromDate, toDate, aggregates, disclosure, accessLog, cancellationToken);
        var request = new LayerRequest(mapLayer, viewport, CaseAccess.MaySeeIndividualCases(http.User), fromDate, toDate);
        if (mapLayer == MapLayer.Cases)
            await accessLog.RecordAsync(http.User, "map.cases.read", Describe(request), cancellationToken);
        var json = await query.GetFeatureCollectionAsync(request, cancellationToken);
        return RevalidatedText.Of(http, json, GeoJsonContentType);
    }

    /// <summary>Other agencies: regencies in a calendar period, the box and zoom ignored; a day-level period snapped outward or refused.</summary>
    private static async Task<IResult> AggregateCasesAsync(HttpContext http, DateOnly? from, DateOnly? to, AggregateCasesLayer layer,
        DisclosureService disclosure, AccessLog accessLog, CancellationToken ct)
    {
        var period = layer.DefaultPeriod;
        if (from is not null || to is not null)
        {
            if (disclosure.Snap(from ?? to!.Value, to ?? from!.Value, out var refusal) is not { } snapped)
                return Results.ValidationProblem(new Dictionary<string, string[]> { [to is null ? "from" : "to"] = [refusal!] }, title: "The map layer request is not valid.");
            period = snapped;
        }
        var k = disclosure.Options.MinimumCount;
        await accessLog.RecordAsync(http.User, "map.cases.read", $"cases aggregated by regency period={period.Key} k={k}", ct);
        return RevalidatedText.Of(http, await layer.GetFeatureCollectionAsync(period, k, ct), GeoJsonContentType);
    }

    private static string Describe(LayerRequest r) => FormattableString.Invariant(
        $"cases bbox={r.Viewport.West:0.###},{r.Viewport.South:0.###},{r.Viewport.East:0.###},{r.Viewport.North:0.###} zoom={r.Viewport.Zoom} {(MapLayerQuery.ShowsIndividualCases(r) ? "individual" : "aggregated")} from={r.From} to={r.To}");
}
