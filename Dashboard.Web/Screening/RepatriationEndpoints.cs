using System.Security.Claims;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Screening;

/// <summary>
/// POST /api/repatriations (idempotent by the client's id), GET /api/repatriations, GET /api/repatriations/{id},
/// POST /api/repatriations/{id}/hand-over, POST /api/repatriations/{id}/notice/acknowledge.
/// </summary>
internal static class RepatriationEndpoints
{
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/api/repatriations").DisableAntiforgery();
        group.MapPost("", async (RepatriationInput? input, ClaimsPrincipal user, RepatriationDesk desk, CancellationToken ct) =>
            input is null ? NoBody() : DeskAnswers.Of(await desk.RecordAsync(user, input, ct), v => $"/api/repatriations/{v.Id}"))
            .RequireAuthorization(Policies.ScreenTravellers);
        group.MapGet("", async (ClaimsPrincipal user, RepatriationDesk desk, HttpContext http, CancellationToken ct) =>
            Results.Ok(await desk.ListAsync(user, $"{http.Request.Path}{http.Request.QueryString}", ct)))
            .RequireAuthorization(Policies.ViewScreenings);
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, RepatriationDesk desk, CancellationToken ct) =>
            await desk.FindAsync(user, id, ct) is { } found
                ? Results.Ok(found)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no repatriation {id} that you may see."))
            .RequireAuthorization(Policies.ViewScreenings);
        group.MapPost("/{id:guid}/hand-over", async (Guid id, HandOverInput? input, ClaimsPrincipal user, RepatriationDesk desk, CancellationToken ct) =>
            input is null ? NoBody() : DeskAnswers.Of(await desk.HandOverAsync(user, id, input, ct), v => $"/api/repatriations/{v.Id}"))
            .RequireAuthorization(Policies.ScreenTravellers);
        group.MapPost("/{id:guid}/notice/acknowledge", async (Guid id, ClaimsPrincipal user, RepatriationDesk desk, CancellationToken ct) =>
            DeskAnswers.Of(await desk.AcknowledgeAsync(user, id, ct), v => $"/api/repatriations/{v.Id}"))
            .RequireAuthorization(Policies.ViewScreenings);
    }

    private static IResult NoBody() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no body.");
}
