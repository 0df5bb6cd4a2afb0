using System.Security.Claims;
using Dashboard.Geo.Queries.Evaluation;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Geo.Time;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

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
        builder.Services.AddSingleton<PatrolEvaluationQuery>();
        builder.Services.AddSingleton<ForecastSkillQuery>();
        builder.Services.AddSingleton<RiskMapPictureQuery>();
        builder.Services.AddSingleton<EvaluationReportBuilder>();
        builder.Services.AddSingleton<OfficeAreas>();
        builder.Services.AddTransient<EvaluationReportPdf>();
        return builder;
    }

    public static WebApplication MapEvaluation(this WebApplication app)
    {
        app.MapGet("/api/evaluation/alerts", AlertsAsync).RequireAuthorization(Policies.ViewEvaluation);
        app.MapGet("/api/evaluation/patrols", PatrolsAsync).RequireAuthorization(Policies.ViewEvaluation);
        app.MapGet("/api/evaluation/forecast", ForecastAsync).RequireAuthorization(Policies.ViewEvaluation);
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
        var (filter, problem) = await EvaluationFilter.ReadAsync(from, to, province, office, offices, clock, ct);
        if (filter is null)
            return problem!;
        var rules = await query.ByRuleAsync(filter.Period.Start, filter.Period.End, filter.Province, ct, filter.Area);
        return Results.Ok(new { from = filter.Period.From, to = filter.Period.To, province = filter.Province, office = filter.Office, rules });
    }

    private static async Task<Results<Ok<PatrolEvaluationAnswer>, ValidationProblem>> PatrolsAsync(DateOnly? from, DateOnly? to, string? province,
        string? office, PatrolEvaluationQuery query, OfficeAreas offices, TimeProvider clock, CancellationToken ct)
    {
        var (filter, problem) = await EvaluationFilter.ReadAsync(from, to, province, office, offices, clock, ct);
        if (filter is null)
            return problem!;
        var patrols = await query.EvaluateAsync(filter.Period.Start, filter.Period.End, filter.Province, filter.Area?.RegencyCodes, ct);
        return TypedResults.Ok(new PatrolEvaluationAnswer(filter.Period.From, filter.Period.To, filter.Province, filter.Office, patrols));
    }

    private static async Task<Results<Ok<ForecastSkillAnswer>, ValidationProblem>> ForecastAsync(DateOnly? from, DateOnly? to, string? province,
        string? office, ForecastSkillQuery query, OfficeAreas offices, TimeProvider clock, CancellationToken ct)
    {
        var (filter, problem) = await EvaluationFilter.ReadAsync(from, to, province, office, offices, clock, ct);
        if (filter is null)
            return problem!;
        var months = await query.ByMonthAsync(filter.Period.ForecastMonthsBefore(clock), filter.Province, filter.Area?.RegencyCodes, ct);
        return TypedResults.Ok(new ForecastSkillAnswer(filter.Province, filter.Office, months));
    }
}
