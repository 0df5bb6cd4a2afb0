using System.Security.Claims;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Cases;

/// <summary>
/// POST /api/cases (create, idempotent on agency and reference), PUT /api/cases/{id} (edit), POST /api/cases/{id}/status
/// {status, reason} and GET /api/cases/{id}/history. Writes need <see cref="Policies.EditCases"/>; the history is a
/// case-level read (<see cref="Policies.ViewCases"/>). Every answer for a case outside the office's area is 404.
/// </summary>
public static class CaseWritesApi
{
    public static WebApplication MapCaseWrites(this WebApplication app)
    {
        var group = app.MapGroup("/api/cases").DisableAntiforgery();
        group.MapPost("", async (CaseInput? input, CaseRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await register.CreateAsync(user, input ?? new CaseInput(), ct)))
            .RequireAuthorization(Policies.EditCases);
        group.MapPut("/{id:long}", async (long id, CaseInput? input, CaseRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await register.UpdateAsync(user, id, input ?? new CaseInput(), ct)))
            .RequireAuthorization(Policies.EditCases);
        group.MapPost("/{id:long}/status", async (long id, CaseStatusInput? input, CaseRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await register.ChangeStatusAsync(user, id, input ?? new CaseStatusInput(null, null), ct)))
            .RequireAuthorization(Policies.EditCases);
        group.MapGet("/{id:long}/history", async (long id, CaseRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            await register.HistoryAsync(user, id, ct) is { } lines
                ? Results.Ok(lines)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no case has id {id}."))
            .RequireAuthorization(Policies.ViewCases);
        return app;
    }

    public static IResult Answer(CaseWriteResult result) => result.Outcome switch
    {
        CaseWriteOutcome.Created => Results.Created($"/api/cases/{result.Case!.Id}", result.Case),
        CaseWriteOutcome.Unchanged or CaseWriteOutcome.Updated => Results.Ok(result.Case),
        CaseWriteOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: result.Errors.Values.First()[0]),
        CaseWriteOutcome.Conflict => Results.ValidationProblem(result.Errors, statusCode: StatusCodes.Status409Conflict, title: "Conflict with the stored case"),
        _ => Results.ValidationProblem(result.Errors),
    };
}
