using System.Security.Claims;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Cases;

/// <summary>
/// The case register: GET /api/cases[?status=&amp;regency=&amp;from=&amp;to=] and GET /api/cases/{id} (writes in
/// <see cref="CaseWritesApi"/>), and the passport-issuing office's notices: GET /api/cases/issuing-notices and
/// POST /api/cases/{id}/issuing-notice/acknowledge. Case-level
/// data, so only <see cref="Policies.ViewCases"/>; other agencies get 403 and keep the aggregates of the disclosure
/// paths. Every read is audited with the number of cases it returned, before they are returned.
/// </summary>
public static class CasesRegistration
{
    public const string ListAction = CaseActions.List;
    public const string ReadAction = CaseActions.Read;

    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CaseService>();
        builder.Services.AddSingleton<CaseRegister>();
        builder.Services.AddSingleton<CaseIssuingAlerts>();
        builder.Services.AddSingleton<CaseFollowUp>();
        builder.Services.AddSingleton<CaseChoices>();
        builder.Services.AddSingleton<CaseImporter>();
        builder.Services.AddSingleton<CaseIssuingNotices>();
        return builder;
    }

    public static WebApplication MapCases(this WebApplication app)
    {
        var group = app.MapGroup("/api/cases").DisableAntiforgery().RequireAuthorization(Policies.ViewCases);
        group.MapGet("", async (string? status, string? regency, string? from, string? to, CaseService cases, AccessLog log,
            ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            CaseStatus? wanted = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
                    wanted = parsed;
                else
                    errors["status"] = [$"status must be one of {string.Join(", ", Enum.GetNames<CaseStatus>())}."];
            }
            if (regency is { Length: > 16 } || regency?.Contains('\0') == true)
                errors["regency"] = ["regency must be a regency code such as 53.10."];
            var fromDate = DateParameter.Parse("from", from, errors);
            var toDate = DateParameter.Parse("to", to, errors);
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);
            var list = await cases.ListAsync(user, new CaseFilter(wanted, regency, fromDate, toDate), ct);
            await log.RecordAsync(user, ListAction, $"{http.Request.Path}{http.Request.QueryString}", list.Count, AuditOutcome.Allowed, ct);
            return Results.Ok(list);
        });
        group.MapGet("/issuing-notices", async (CaseIssuingNotices notices, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await notices.OpenAsync(user, ct)));
        group.MapPost("/{id:long}/issuing-notice/acknowledge", async (long id, CaseIssuingNotices notices, ClaimsPrincipal user, CancellationToken ct) =>
            await notices.AcknowledgeAsync(user, id, ct) switch
            {
                (_, null) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no case has id {id}."),
                (false, _) => Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                    title: "only the office that issued the case's passports acknowledges its notice."),
                (true, { } c) => Results.Ok(c),
            });
        group.MapGet("/{id:long}", async (long id, CaseService cases, AccessLog log, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var found = await cases.FindAsync(user, id, ct);
            await log.RecordAsync(user, ReadAction, $"case {id}", found is null ? 0 : 1, AuditOutcome.Allowed, ct);
            return found is { } c ? Results.Ok(c)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no case has id {id}.");
        });
        app.MapCaseWrites();
        return app;
    }
}
