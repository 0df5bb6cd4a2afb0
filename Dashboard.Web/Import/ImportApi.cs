using Dashboard.Geo.Import;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Import;

/// <summary>
/// POST /api/import/rat-routes, /api/import/regions and /api/import/roads (roads, tracks and ferry lanes for the
/// patrol planner's travel network) take a GeoJSON FeatureCollection as the request body.
/// A malformed file is a 400 and a record with a bad geometry or field a 422, both as RFC 7807 problem details
/// naming each feature and field; nothing is stored unless every feature is good.
/// </summary>
public static class ImportApi
{
    public const long MaxUploadBytes = 50 * 1024 * 1024;

    public static WebApplicationBuilder AddImportApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RatRouteImporter>();
        builder.Services.AddSingleton<RegionBoundaryImporter>();
        builder.Services.AddSingleton<TravelWayImporter>();
        return builder;
    }

    public static WebApplication MapImportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/import").DisableAntiforgery().LimitBody(MaxUploadBytes)
            .AddEndpointFilter((context, next) => CrossSiteGuard.IsJson(context.HttpContext.Request.ContentType)
                ? next(context)
                : ValueTask.FromResult<object?>(Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["Content-Type"] = [$"send the file as application/geo+json (or application/json); got '{context.HttpContext.Request.ContentType ?? "none"}'."] },
                    title: "The file has the wrong content type.", statusCode: StatusCodes.Status415UnsupportedMediaType)));
        group.MapPost("/rat-routes", async (HttpRequest request, RatRouteImporter importer, RiskMapTrigger trigger, CancellationToken ct) =>
                ToResult(await importer.ImportAsync(request.Body, SourceOf(request), ct), trigger))
            .RequireAuthorization(Policies.ImportRatRoutes);
        group.MapPost("/regions", async (HttpRequest request, RegionBoundaryImporter importer, RiskMapTrigger trigger, CancellationToken ct) =>
                ToResult(await importer.ImportAsync(request.Body, ct), trigger))
            .RequireAuthorization(Policies.ImportRegions);
        // Roads change how far places are from each other, not their risk: no recomputation.
        group.MapPost("/roads", async (HttpRequest request, TravelWayImporter importer, CancellationToken ct) =>
                ToResult(await importer.ImportAsync(request.Body, SourceOf(request), ct), trigger: null))
            .RequireAuthorization(Policies.ImportTravelWays);
        return app;
    }

    private static string SourceOf(HttpRequest request) =>
        $"Impor oleh {request.HttpContext.User.Identity?.Name ?? "?"}";

    /// <summary>An accepted import changes what the risk map sees, so it asks for a (debounced) recomputation.</summary>
    internal static IResult ToResult(ImportResult result, RiskMapTrigger? trigger)
    {
        if (result.Succeeded)
        {
            trigger?.TryRequest();
            return Results.Ok(new { result.Created, result.Updated, result.Unchanged });
        }
        var malformed = result.Problems.Count == 1 && result.Problems[0].Field.StartsWith('$');
        var errors = result.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        return Results.ValidationProblem(errors,
            title: malformed ? "The file could not be read." : "Some features were refused; nothing was imported.",
            statusCode: malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
    }
}
