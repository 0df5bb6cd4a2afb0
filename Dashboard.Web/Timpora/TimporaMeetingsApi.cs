using System.Security.Claims;

namespace Dashboard.Web.Timpora;

/// <summary>
/// GET/POST /api/timpora/areas/{code}/meetings (list; open {heldOn, place, attendees, minutes?, clientKey?}),
/// POST /api/timpora/meetings/{id}/decisions {text}, POST /api/timpora/meetings/{id}/action-items {text, owner, dueOn,
/// decisionId?}, POST /api/timpora/action-items/{id}/status {status}, GET /api/timpora/action-items/mine,
/// GET /api/timpora/meetings/{id}/record.csv (the record for the secretariat),
/// GET /api/timpora/areas/{code}/contribution[?from=&amp;to=] (each agency's figures),
/// GET /api/timpora/live[?area=] (the live picture's figures: the member's own TIMPORA; immigration may name an area).
/// </summary>
public static class TimporaMeetingsApi
{
    public static RouteGroupBuilder MapTimporaMeetings(this RouteGroupBuilder timpora)
    {
        timpora.MapGet("/areas/{code}/meetings", async (string code, ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
            TimporaResults.BadArea(code) ?? (await meetings.ListAsync(user, code, ct)).ToHttp());
        timpora.MapPost("/areas/{code}/meetings", async (string code, TimporaMeetingInput? input, ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
            TimporaResults.BadArea(code) ?? (await meetings.OpenAsync(user, code, input ?? new TimporaMeetingInput(null, null, null), ct)).ToHttp());
        timpora.MapPost("/meetings/{id:long}/decisions", async (long id, TimporaDecisionInput? input, ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
            (await meetings.AddDecisionAsync(user, id, input ?? new TimporaDecisionInput(null), ct)).ToHttp());
        timpora.MapPost("/meetings/{id:long}/action-items", async (long id, TimporaActionItemInput? input, ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
            (await meetings.AddActionItemAsync(user, id, input ?? new TimporaActionItemInput(null, null, null), ct)).ToHttp());
        timpora.MapPost("/action-items/{id:long}/status", async (long id, TimporaActionItemStatusInput? input, ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
            (await meetings.SetStatusAsync(user, id, input ?? new TimporaActionItemStatusInput(null), ct)).ToHttp());
        timpora.MapGet("/meetings/{id:long}/record.csv", async (long id, ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
        {
            var record = await meetings.RecordCsvAsync(user, id, ct);
            return record.Value is { } csv
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", $"timpora-meeting-{id}.csv")
                : record.ToHttp();
        });
        timpora.MapGet("/action-items/mine", async (ClaimsPrincipal user, TimporaMeetings meetings, CancellationToken ct) =>
            Results.Ok(await meetings.MineAsync(user, ct)));
        timpora.MapGet("/action-items/agency-overdue", async (ClaimsPrincipal user, TimporaAgencyOverdue overdue, CancellationToken ct) =>
            await overdue.ListAsync(user, ct) is { } items ? Results.Ok(items)
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This account sits in no TIMPORA."));
        timpora.MapGet("/areas/{code}/contribution", async (string code, string? from, string? to, ClaimsPrincipal user, TimporaContribution contribution, CancellationToken ct) =>
            TimporaResults.BadArea(code) ?? (await contribution.FiguresAsync(user, code, from, to, ct)).ToHttp());
        timpora.MapGet("/live", async (string? area, ClaimsPrincipal user, TimporaLivePicture picture, CancellationToken ct) =>
            await picture.ReadAsync(user, area, ct) is { } view ? Results.Ok(view)
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This account sits in no TIMPORA covering that area."));
        return timpora;
    }
}
