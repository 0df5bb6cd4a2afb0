using System.Security.Claims;
using Dashboard.Geo.Crossings;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Web.Import;

namespace Dashboard.Web.Crossings;

/// <summary>
/// Official crossings: GET /api/crossings[?includeRetired=true], GET /api/crossings/{code}, POST /api/crossings,
/// PUT /api/crossings/{code}, POST /api/crossings/{code}/retire {reason}. Reading is for any signed-in user; changes
/// for HQ analysts and administrators anywhere, and for an office's patrol planners within its working area (else 403). Bad input is a 400 naming each field, a used code 409, an unknown one 404.
/// POST /api/crossings/import?dryRun=true|false takes a CSV, XLSX, GeoJSON or zipped Shapefile as the body and answers each row's
/// verdict; a file that cannot be read is a 400, refused rows a 422 (nothing stored). Templates:
/// GET /api/crossings/import/template.csv[?lang=id].
/// </summary>
public static class CrossingsRegistration
{
    public static WebApplicationBuilder AddCrossings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CrossingService>();
        builder.Services.AddSingleton<CrossingImporter>();
        return builder;
    }

    public static WebApplication MapCrossings(this WebApplication app)
    {
        var group = app.MapGroup("/api/crossings").DisableAntiforgery().RequireAuthorization();
        group.MapGet("", async (bool? includeRetired, CrossingService crossings, CancellationToken ct) =>
            Results.Ok(await crossings.ListAsync(includeRetired ?? false, ct)));
        group.MapGet("/{code}", async (string code, CrossingService crossings, CancellationToken ct) =>
            await crossings.FindAsync(code, ct) is { } c ? Results.Ok(c)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no crossing has code '{code}'."));
        group.MapPost("", async (CrossingDraft? draft, CrossingService crossings, ClaimsPrincipal user, CancellationToken ct) =>
                draft is null ? NoBody()
                    : (await crossings.CreateAsync(draft, MasterDataEditor.Of(user), ct)).ToResult(c => Results.Created($"/api/crossings/{c.Code}", c)))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapPut("/{code}", async (string code, CrossingDraft? draft, CrossingService crossings, ClaimsPrincipal user, CancellationToken ct) =>
                draft is null ? NoBody() : (await crossings.UpdateAsync(code, draft, MasterDataEditor.Of(user), ct)).ToResult(Results.Ok))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapPost("/{code}/retire", async (string code, RetireRequest? request, CrossingService crossings, ClaimsPrincipal user, CancellationToken ct) =>
                (await crossings.RetireAsync(code, request?.Reason, MasterDataEditor.Of(user), ct)).ToResult(Results.Ok))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapImport("/import", "crossing", Policies.ManageCrossings,
            (http, user, file, dryRun, ct) => http.RequestServices.GetRequiredService<CrossingImporter>().ImportAsync(user, file, dryRun, ct),
            CrossingImportColumns.Template, "tpi");
        return app;
    }

    internal static IResult NoBody() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no body.");

    internal static string UserName(ClaimsPrincipal user) =>
        user.ActorName();
}
