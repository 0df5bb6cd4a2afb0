using System.Security.Claims;
using System.Text;
using Dashboard.Geo.Crossings;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Web.Import;

namespace Dashboard.Web.Crossings;

/// <summary>
/// Official crossings: GET /api/crossings[?includeRetired=true], GET /api/crossings/{code}, POST /api/crossings,
/// PUT /api/crossings/{code}, POST /api/crossings/{code}/retire {reason}. Reading is for any signed-in user; changes
/// for HQ analysts and administrators. Bad input is a 400 naming each field, a used code 409, an unknown one 404.
/// POST /api/crossings/import?dryRun=true|false takes a CSV, XLSX or GeoJSON file as the body and answers each row's
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
                    : (await crossings.CreateAsync(draft, UserName(user), ct)).ToResult(c => Results.Created($"/api/crossings/{c.Code}", c)))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapPut("/{code}", async (string code, CrossingDraft? draft, CrossingService crossings, ClaimsPrincipal user, CancellationToken ct) =>
                draft is null ? NoBody() : (await crossings.UpdateAsync(code, draft, UserName(user), ct)).ToResult(Results.Ok))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapPost("/{code}/retire", async (string code, RetireRequest? request, CrossingService crossings, ClaimsPrincipal user, CancellationToken ct) =>
                (await crossings.RetireAsync(code, request?.Reason, UserName(user), ct)).ToResult(Results.Ok))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapGet("/import/template.csv", (string? lang) =>
                Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CrossingImportColumns.Template(lang == "id"))],
                    "text/csv; charset=utf-8", lang == "id" ? "templat-tpi.csv" : "crossings-template.csv"))
            .RequireAuthorization(Policies.ManageCrossings);
        group.MapPost("/import", async (string? dryRun, HttpRequest request, CrossingImporter importer, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (dryRun is not null && !bool.TryParse(dryRun, out _))
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["dryRun"] = ["dryRun must be true or false."] });
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                return ImportAnswer.Of(await importer.ImportAsync(user, body.ToArray(), dryRun is not null && bool.Parse(dryRun), ct), "crossing");
            })
            .RequireAuthorization(Policies.ManageCrossings)
            .LimitBody(MaxImportBytes);
        return app;
    }

    public const long MaxImportBytes = 10 * 1024 * 1024;

    internal static IResult NoBody() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no body.");

    internal static string UserName(ClaimsPrincipal user) =>
        user.ActorName();
}
