using System.Security.Claims;
using Dashboard.Geo.Screening;
using Dashboard.Web.Api;
using Dashboard.Web.Disclosure;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Screening;

/// <summary>
/// Checkpoint screenings, protection records, the service directory and referrals (issue 16, parts 2–3).
/// POST /api/screenings (idempotent by the client's id) and GET /api/screenings?crossing=&amp;from=&amp;to= (immigration
/// only, office scope, audited); the protection, directory and referral endpoints are mapped by their own files.
/// </summary>
public static class ScreeningRegistration
{
    public static WebApplicationBuilder AddScreening(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScreeningDesk>();
        builder.Services.AddSingleton<ProtectionDesk>();
        builder.Services.AddSingleton<ReferralDesk>();
        builder.Services.AddSingleton<ReferralAnswerAlerts>();
        builder.Services.AddSingleton<ServiceDirectory>();
        builder.Services.AddSingleton<InterviewDesk>();
        builder.Services.AddSingleton<RepeatApplicantAlerts>();
        builder.Services.AddSingleton<RepatriationDesk>();
        builder.Services.AddSingleton<ProtectionFigures>();
        // The key that makes identity hashes unguessable: from Screening:IdentityKey (base64), else a key file made on first use.
        builder.Services.AddSingleton(_ => IdentityKeyedHash.Load(builder.Configuration["Screening:IdentityKey"],
            builder.Configuration["Screening:IdentityKeyFile"] is { Length: > 0 } file
                ? file
                : Path.Combine(builder.Environment.ContentRootPath, ".data", "screening-identity.key")));
        return builder;
    }

    public static WebApplication MapScreening(this WebApplication app)
    {
        var screenings = app.MapGroup("/api/screenings").DisableAntiforgery();
        screenings.MapPost("", async (ScreeningInput? input, ClaimsPrincipal user, ScreeningDesk desk, CancellationToken ct) =>
        {
            if (input is null)
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no screening.");
            var outcome = await desk.RecordAsync(user, input, ct);
            if (outcome.Conflict)
                return Results.ValidationProblem(outcome.Errors, statusCode: StatusCodes.Status409Conflict,
                    title: "This id was already used for another screening; nothing was stored.");
            if (!outcome.Succeeded)
                return Results.ValidationProblem(outcome.Errors, title: "The screening is not valid; nothing was stored.");
            return outcome.Duplicate
                ? Results.Ok(outcome.Screening)
                : Results.Created($"/api/screenings/{outcome.Screening!.Id}", outcome.Screening);
        }).RequireAuthorization(Policies.ScreenTravellers);
        screenings.MapGet("", async (string? crossing, string? from, string? to, ClaimsPrincipal user, ScreeningDesk desk,
            HttpContext http, CancellationToken ct) =>
            ScreeningFilter.TryParse(crossing, from, to, out var errors) is { } filter
                ? Results.Ok(await desk.ListAsync(user, filter, $"{http.Request.Path}{http.Request.QueryString}", ct))
                : Results.ValidationProblem(errors))
            .RequireAuthorization(Policies.ViewScreenings);
        // The same rows as a file, audited as an export; its first line states what it discloses.
        screenings.MapGet("/export.csv", async (string? crossing, string? from, string? to, ClaimsPrincipal user, ScreeningDesk desk,
            HttpContext http, CancellationToken ct) =>
        {
            if (ScreeningFilter.TryParse(crossing, from, to, out var errors) is not { } filter)
                return Results.ValidationProblem(errors);
            var rows = await desk.ListAsync(user, filter, $"{http.Request.Path}{http.Request.QueryString}", ct, ScreeningDesk.ExportAction);
            return Results.File(ScreeningExport.Csv(rows), "text/csv", $"skrining-{DateTime.UtcNow:yyyyMMdd}.csv");
        }).RequireAuthorization(Policies.ViewScreenings);
        screenings.MapGet("/figures", async (string? from, string? to, string? province, ClaimsPrincipal user, ProtectionFigures figures,
            DisclosureService disclosure, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var today = disclosure.Today;
            var toDate = DateParameter.Parse("to", to, errors) ?? today;
            var fromDate = DateParameter.Parse("from", from, errors) ?? toDate.AddDays(-27);
            if (fromDate > toDate)
                errors["to"] = ["to must not be before from."];
            else if (toDate.DayNumber - fromDate.DayNumber > 366 * 2)
                errors["from"] = ["a period of at most two years."];
            if (province is not null && (province.Length != 2 || !province.All(char.IsAsciiDigit)))
                errors["province"] = [$"province must be a two-digit province code, e.g. 61."];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);
            return Results.Ok(await figures.ForAsync(user, fromDate, toDate, province, ct));
        }).RequireAuthorization(Policies.ViewBriefing);
        ProtectionEndpoints.Map(app);
        RepatriationEndpoints.Map(app);
        return app;
    }
}
