using System.Security.Claims;
using Dashboard.Geo.Reports;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Web.Reports;

namespace Dashboard.Web.Reports;

/// <summary>
/// POST /api/reports (one) and POST /api/reports/batch (up to 1,000). A report is committed to PostgreSQL before the
/// answer says so; a resent idempotency key returns the stored report instead of a second one. Bad input is a 400 with
/// RFC 7807 problem details naming each field (in a batch, "reports[3].latitude"); nothing of a bad batch is stored.
/// GET /api/reports?days=1|7|30|90&amp;kind=&amp;scope=area|national lists them for review (<see cref="FieldReportList"/>).
/// </summary>
public static class ReportsApi
{
    public const int MaxBatch = 1000;

    /// <summary>A full batch of long reports is under 6 MB.</summary>
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    public static WebApplicationBuilder AddReportsApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FieldReportStore>();
        builder.Services.AddScoped<ReportIntake>();
        builder.Services.AddSingleton<Dashboard.Geo.Queries.Reports.FieldReportQuery>();
        builder.Services.AddSingleton<FieldReportList>();
        return builder;
    }

    public static WebApplication MapReportsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/reports").DisableAntiforgery().LimitBody(MaxBodyBytes)
            .RequireAuthorization(Policies.FileReports);
        group.MapPost("", SubmitOneAsync);
        group.MapPost("/batch", SubmitBatchAsync);
        group.MapGet("", ListAsync).RequireAuthorization(Policies.ViewReports);
        return app;
    }

    private static async Task<IResult> ListAsync(int? days, string? kind, string? scope, int? limit, HttpContext http, FieldReportList list, CancellationToken ct)
    {
        var answer = await list.ListAsync(http.User, days, kind, scope, limit, ct);
        return answer.Rows is { } rows
            ? Results.Ok(rows)
            : Results.ValidationProblem(answer.Errors, title: "The report filter is not valid.");
    }

    private static async Task<IResult> SubmitOneAsync(ReportSubmission? report, ReportIntake intake, HttpContext http, CancellationToken ct)
    {
        if (report is null)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no report.");
        var (stored, problem) = await AcceptAsync([report], "", intake, http, ct);
        if (problem is not null)
            return problem;
        var result = stored![0];
        var body = new { id = result.Id, duplicate = result.Duplicate };
        return result.Duplicate ? Results.Ok(body) : Results.Created($"/api/reports/{result.Id}", body);
    }

    private static async Task<IResult> SubmitBatchAsync(ReportBatch? batch, ReportIntake intake, HttpContext http, CancellationToken ct)
    {
        if (batch?.Reports is not { Count: > 0 } reports)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["reports"] = ["reports must hold at least one report."] });
        if (reports.Count > MaxBatch)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["reports"] = [$"a batch holds at most {MaxBatch} reports; got {reports.Count}."] });
        var (stored, problem) = await AcceptAsync(reports, "reports", intake, http, ct);
        return problem ?? Results.Ok(new
        {
            created = stored!.Count(s => !s.Duplicate),
            duplicates = stored!.Count(s => s.Duplicate),
            results = stored!.Select((s, i) => new { index = i, id = s.Id, duplicate = s.Duplicate }),
        });
    }

    private static async Task<(IReadOnlyList<ReportStored>? Stored, IResult? Problem)> AcceptAsync(
        IReadOnlyList<ReportSubmission> submissions, string prefix, ReportIntake intake, HttpContext http, CancellationToken ct)
    {
        var sender = http.User.Sender();
        var result = await intake.AcceptAsync(submissions, prefix, sender, ct);
        return result.Accepted
            ? (result.Stored, null)
            : result.Conflict
                ? (null, Results.ValidationProblem(result.Errors, statusCode: StatusCodes.Status409Conflict,
                    title: "An idempotency key was already used for a report with other content; nothing was stored."))
                : (null, Results.ValidationProblem(result.Errors, title: "The report is not valid; nothing was stored."));
    }
}
