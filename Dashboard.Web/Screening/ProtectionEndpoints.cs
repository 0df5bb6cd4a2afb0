using System.Security.Claims;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Screening;

/// <summary>
/// POST /api/protection (open from a potential-victim screening), GET /api/protection/{id},
/// POST /api/protection/{id}/referrals, GET /api/referrals (the caller's inbox and office), POST /api/referrals/{id}/answer,
/// POST /api/interviews, GET /api/interviews/alerts (repeat applicants), GET /api/services, POST /api/services, PUT /api/services/{id}, DELETE /api/services/{id} (retire; administrators).
/// </summary>
internal static class ProtectionEndpoints
{
    public static void Map(WebApplication app)
    {
        var protection = app.MapGroup("/api/protection").DisableAntiforgery();
        protection.MapPost("", async (ProtectionInput? input, ClaimsPrincipal user, ProtectionDesk desk, CancellationToken ct) =>
            input is null ? NoBody() : Answer(await desk.OpenAsync(user, input, ct), v => $"/api/protection/{v.Id}"))
            .RequireAuthorization(Policies.ScreenTravellers);
        protection.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ProtectionDesk desk, CancellationToken ct) =>
            await desk.FindAsync(user, id, ct) is { } found
                ? Results.Ok(found)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no protection record {id} that you may see."))
            .RequireAuthorization(Policies.ViewScreenings);
        protection.MapPost("/{id:guid}/referrals", async (Guid id, ReferralInput? input, ClaimsPrincipal user, ProtectionDesk desk, CancellationToken ct) =>
            input is null ? NoBody() : Answer(await desk.ReferAsync(user, id, input, ct), v => $"/api/referrals/{v.Id}"))
            .RequireAuthorization(Policies.ScreenTravellers);

        var interviews = app.MapGroup("/api/interviews").DisableAntiforgery();
        interviews.MapPost("", async (InterviewInput? input, ClaimsPrincipal user, InterviewDesk desk, CancellationToken ct) =>
            input is null ? NoBody() : Answer(await desk.RecordAsync(user, input, ct), v => $"/api/interviews/{v.Id}"))
            .RequireAuthorization(Policies.ScreenTravellers);
        interviews.MapGet("/alerts", async (ClaimsPrincipal user, InterviewDesk desk, CancellationToken ct) => Results.Ok(await desk.AlertsAsync(user, ct)))
            .RequireAuthorization(Policies.ViewScreenings);

        var referrals = app.MapGroup("/api/referrals").DisableAntiforgery().RequireAuthorization(Policies.AnswerReferrals);
        referrals.MapGet("", async (ClaimsPrincipal user, ReferralDesk desk, CancellationToken ct) => Results.Ok(await desk.ListAsync(user, ct)));
        referrals.MapPost("/{id:guid}/answer", async (Guid id, ReferralAnswerInput? input, ClaimsPrincipal user, ReferralDesk desk, CancellationToken ct) =>
            input is null ? NoBody() : Answer(await desk.AnswerAsync(user, id, input, ct), v => $"/api/referrals/{v.Id}"));

        var services = app.MapGroup("/api/services").DisableAntiforgery();
        services.MapGet("", async (ServiceDirectory directory, CancellationToken ct) => Results.Ok(await directory.ListAsync(includeRetired: false, ct)))
            .RequireAuthorization(Policies.ViewScreenings);
        services.MapPost("", async (ServiceInput? input, ClaimsPrincipal user, ServiceDirectory directory, CancellationToken ct) =>
            input is null ? NoBody() : Answer(await directory.SaveAsync(user, null, input, ct), v => $"/api/services/{v.Id}"))
            .RequireAuthorization(Policies.Administer);
        services.MapPut("/{id:int}", async (int id, ServiceInput? input, ClaimsPrincipal user, ServiceDirectory directory, CancellationToken ct) =>
            input is null ? NoBody() : Answer(await directory.SaveAsync(user, id, input, ct), v => $"/api/services/{v.Id}"))
            .RequireAuthorization(Policies.Administer);
        services.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, ServiceDirectory directory, CancellationToken ct) =>
            await directory.RetireAsync(user, id, ct)
                ? Results.NoContent()
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no active service {id}."))
            .RequireAuthorization(Policies.Administer);
    }

    private static IResult NoBody() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no body.");

    private static IResult Answer<T>(DeskOutcome<T> outcome, Func<T, string> location) where T : class => DeskAnswers.Of(outcome, location);
}
