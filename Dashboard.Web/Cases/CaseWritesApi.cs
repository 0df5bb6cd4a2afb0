using System.Security.Claims;
using System.Text;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Cases;

/// <summary>
/// POST /api/cases (create, idempotent on agency and reference), PUT /api/cases/{id} (edit), POST /api/cases/{id}/status
/// {status, reason}, GET /api/cases/{id}/history, POST /api/cases/import?dryRun=true|false (CSV or XLSX as the body,
/// with the X-Requested-With header) and its template at GET /api/cases/import/template.csv. Writes need <see cref="Policies.EditCases"/>; the history is a
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
        group.MapGet("/import/template.csv", () => Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CaseImportColumns.TemplateCsv)).ToArray(),
                "text/csv; charset=utf-8", "template-perkara.csv"))
            .RequireAuthorization(Policies.EditCases);
        group.MapPost("/import", async (string? dryRun, HttpRequest request, CaseImporter importer, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (dryRun is not null && !bool.TryParse(dryRun, out _))
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["dryRun"] = ["dryRun must be true or false."] });
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                var result = await importer.ImportAsync(user, body.ToArray(), dryRun is not null && bool.Parse(dryRun), ct);
                if (result.Succeeded)
                    return Results.Ok(new { result.DryRun, result.Rows, result.Created, result.Updated, result.Unchanged });
                var malformed = result.Errors.Keys.All(k => k == "file" || k.StartsWith("columns.", StringComparison.Ordinal));
                return Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value),
                    title: malformed ? "The file could not be read as a case import." : "Some rows were refused; nothing was imported.",
                    statusCode: malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
            })
            .RequireAuthorization(Policies.EditCases)
            .LimitBody(MaxImportBytes);
        return app;
    }

    public const long MaxImportBytes = 10 * 1024 * 1024;

    public static IResult Answer(CaseWriteResult result) => result.Outcome switch
    {
        CaseWriteOutcome.Created => Results.Created($"/api/cases/{result.Case!.Id}", result.Case),
        CaseWriteOutcome.Unchanged or CaseWriteOutcome.Updated => Results.Ok(result.Case),
        CaseWriteOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: result.Errors.Values.First()[0]),
        CaseWriteOutcome.Conflict => Results.ValidationProblem(result.Errors, statusCode: StatusCodes.Status409Conflict, title: "Conflict with the stored case"),
        _ => Results.ValidationProblem(result.Errors),
    };
}
