using System.Security.Claims;
using Dashboard.Geo.Queries.Evaluation;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Geo.Time;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Evaluation;

/// <summary>
/// The early warning's evaluation (what alerts led to): its query, its API, its page, and the monthly or quarterly
/// report per province or office as a PDF (GET /api/evaluation/report.pdf?period=2026-11|2026-Q4[&amp;province=61|&amp;office=KANIM-ENT]), audited as an export.
/// </summary>
public static class EvaluationRegistration
{
    public const int MaxDays = 366 * 2;

    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AlertEvaluationQuery>();
        builder.Services.AddSingleton<RiskMapPictureQuery>();
        builder.Services.AddSingleton<EvaluationReportBuilder>();
        builder.Services.AddSingleton<OfficeAreas>();
        builder.Services.AddTransient<EvaluationReportPdf>();
        return builder;
    }

    public static WebApplication MapEvaluation(this WebApplication app)
    {
        app.MapGet("/api/evaluation/alerts", AlertsAsync).RequireAuthorization(Policies.ViewEvaluation);
        app.MapGet("/api/evaluation/report.pdf", ReportAsync).RequireAuthorization(Policies.ViewEvaluation);
        return app;
    }

    public const string ReportAction = "evaluation.report";

    private static async Task<IResult> ReportAsync(string? period, string? province, string? office, ClaimsPrincipal user, EvaluationReportBuilder builder,
        EvaluationReportPdf pdf, OfficeAreas offices, AccessLog log, TimeProvider clock, CancellationToken ct)
    {
        var chosen = ReportPeriod.TryParse(period, clock.HeadquartersToday(), out var error);
        if (chosen is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [error!] }, title: "The report period is not valid.");
        if (province is { Length: 0 })
            province = null;
        if (province is { Length: > 16 })
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["province"] = ["province is a province code of at most 16 characters."] },
                title: "The report filter is not valid.");
        EvaluationReport? report;
        if (office is { Length: > 0 })
        {
            if (province is not null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["office"] = ["give a province or an office, not both."] },
                    title: "The report filter is not valid.");
            var named = (await offices.ListAsync(ct)).FirstOrDefault(o => string.Equals(o.Code, office, StringComparison.OrdinalIgnoreCase));
            if (named.Code is null || await offices.AreaOfAsync(named.Code, ct) is not { } area)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["office"] = [$"office '{office}' is not an office with a working area."] },
                    title: "The report filter is not valid.");
            report = await builder.BuildForOfficeAsync(user, chosen, named.Code, named.Name, area, ct);
        }
        else if ((report = await builder.BuildAsync(user, chosen, province, ct)) is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["province"] = [$"province '{province}' is not a province code."] },
                title: "The report filter is not valid.");
        var bytes = pdf.Render(report);
        var scope = report.OfficeCode is { } code ? $"office={code}" : $"province={province ?? "national"}";
        await log.RecordAsync(user, ReportAction, $"report.pdf period={chosen.Key} {scope} disclosure=aggregate", report.Rules.Count, AuditOutcome.Allowed, ct);
        return Results.File(bytes, "application/pdf", $"evaluasi-{report.OfficeCode ?? province ?? "nasional"}-{chosen.Key}.pdf");
    }

    private static async Task<IResult> AlertsAsync(DateOnly? from, DateOnly? to, string? province, string? office, AlertEvaluationQuery query,
        OfficeAreas offices, TimeProvider clock, CancellationToken ct)
    {
        var period = EvaluationPeriod.TryCreate(from, to, clock, out var error);
        if (period is null)
            return Results.ValidationProblem(error!, title: "The evaluation period is not valid.");
        if (province is { Length: > 16 })
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["province"] = ["province is a province code of at most 16 characters."] },
                title: "The evaluation filter is not valid.");
        Dashboard.Geo.Offices.WorkingArea? area = null;
        if (office is { Length: > 0 } && (area = await offices.AreaOfAsync(office, ct)) is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["office"] = [$"office '{office}' is not an office with a working area."] },
                title: "The evaluation filter is not valid.");
        var rules = await query.ByRuleAsync(period.Start, period.End, province, ct, area);
        return Results.Ok(new { from = period.From, to = period.To, province, office = area is null ? null : office, rules });
    }
}
