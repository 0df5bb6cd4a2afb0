using System.Security.Claims;

namespace Dashboard.Web.Timpora;

/// <summary>
/// GET /api/timpora/areas/{code}/messages, POST /api/timpora/areas/{code}/messages {kind, category, text, placeCode?,
/// grade?, validUntil?, clientKey?}, POST /api/timpora/messages/{id}/acknowledge, POST /api/timpora/messages/{id}/answer
/// {answer}; GET /api/timpora/messages/mine (the caller's page).
/// </summary>
public static class TimporaMessagesApi
{
    public static RouteGroupBuilder MapTimporaMessages(this RouteGroupBuilder timpora)
    {
        timpora.MapGet("/areas/{code}/messages", async (string code, ClaimsPrincipal user, TimporaMessages messages, CancellationToken ct) =>
            TimporaResults.BadArea(code) ?? (await messages.ListAsync(user, code, ct)).ToHttp());
        timpora.MapPost("/areas/{code}/messages", async (string code, TimporaMessageInput? input, ClaimsPrincipal user, TimporaMessages messages, CancellationToken ct) =>
            TimporaResults.BadArea(code) ?? (await messages.SendAsync(user, code, input ?? new TimporaMessageInput(null, null, null), ct)).ToHttp());
        timpora.MapGet("/messages/mine", async (ClaimsPrincipal user, TimporaMessages messages, CancellationToken ct) =>
            Results.Ok(await messages.MineAsync(user, ct)));
        timpora.MapPost("/messages/{id:long}/acknowledge", async (long id, ClaimsPrincipal user, TimporaMessages messages, CancellationToken ct) =>
            (await messages.AcknowledgeAsync(user, id, ct)).ToHttp());
        timpora.MapPost("/messages/{id:long}/answer", async (long id, TimporaAnswerInput? input, ClaimsPrincipal user, TimporaMessages messages, CancellationToken ct) =>
            (await messages.AnswerAsync(user, id, input ?? new TimporaAnswerInput(null), ct)).ToHttp());
        return timpora;
    }
}
