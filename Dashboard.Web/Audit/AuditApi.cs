using Dashboard.Web.Api;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Audit;

/// <summary>
/// The audit log for administrators: GET /api/admin/audit (user, agency, action prefix, outcome, from, to; page,
/// pageSize), GET /api/admin/audit/export.csv (the same filter, the export audited as one) and
/// GET /api/admin/audit/verify (the hash chain: intact, or the first broken line).
/// </summary>
public static class AuditApi
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditTrail>();
        return builder;
    }

    public static WebApplication MapAuditApi(this WebApplication app)
    {
        var audit = app.MapGroup("/api/admin/audit").RequireAuthorization(Policies.Administer);
        audit.MapGet("", async (AuditTrail trail, HttpContext http, string? user, string? agency, string? action, string? outcome,
            string? from, string? to, int? page, int? pageSize, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var filter = Parse(user, agency, action, outcome, from, to, errors);
            if (pageSize is < 1 or > AuditFilter.MaxPageSize)
                errors["pageSize"] = [$"pageSize must be between 1 and {AuditFilter.MaxPageSize}; got {pageSize}."];
            if (page is < 1)
                errors["page"] = [$"page starts at 1; got {page}."];
            return errors.Count > 0
                ? Results.ValidationProblem(errors, title: "The audit filter is not valid.")
                : Results.Ok(await trail.PageAsync(http.User, filter, page ?? 1, pageSize ?? 50, ct));
        });
        audit.MapGet("/export.csv", async (AuditTrail trail, HttpContext http, string? user, string? agency, string? action, string? outcome,
            string? from, string? to, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var filter = Parse(user, agency, action, outcome, from, to, errors);
            if (errors.Count > 0)
                return Results.ValidationProblem(errors, title: "The audit filter is not valid.");
            var csv = await trail.CsvAsync(http.User, filter, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"audit-{DateTime.UtcNow:yyyyMMddHHmmss}.csv");
        });
        audit.MapGet("/verify", (AuditVerifier verifier, CancellationToken ct) => verifier.VerifyAsync(ct));
        return app;
    }

    internal static AuditFilter Parse(string? user, string? agency, string? action, string? outcome, string? from, string? to,
        IDictionary<string, string[]> errors)
    {
        if (!string.IsNullOrWhiteSpace(outcome) && !AuditOutcome.All.Contains(outcome.Trim()))
            errors["outcome"] = [$"outcome must be one of {string.Join(", ", AuditOutcome.All)}; got '{outcome}'."];
        var fromDate = DateParameter.Parse("from", from, errors);
        var toDate = DateParameter.Parse("to", to, errors);
        if (fromDate > toDate)
            errors["to"] = ["to must not be before from."];
        foreach (var (name, value) in new[] { ("user", user), ("agency", agency), ("action", action) })
            if (value is { Length: > 256 })
                errors[name] = [$"{name} is at most 256 characters long."];
        return new AuditFilter(user, agency, action, outcome, fromDate, toDate);
    }
}
