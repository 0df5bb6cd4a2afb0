using Dashboard.Geo.Queries.Evaluation;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Evaluation;

/// <summary>The early warning's evaluation (what alerts led to): its query, its API and its page.</summary>
public static class EvaluationRegistration
{
    public const int MaxDays = 366 * 2;

    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AlertEvaluationQuery>();
        return builder;
    }

    public static WebApplication MapEvaluation(this WebApplication app)
    {
        app.MapGet("/api/evaluation/alerts", AlertsAsync).RequireAuthorization(Policies.ViewEvaluation);
        return app;
    }

    private static async Task<IResult> AlertsAsync(DateOnly? from, DateOnly? to, string? province, AlertEvaluationQuery query, TimeProvider clock, CancellationToken ct)
    {
        var period = EvaluationPeriod.TryCreate(from, to, clock, out var error);
        if (period is null)
            return Results.ValidationProblem(error!, title: "The evaluation period is not valid.");
        if (province is { Length: > 16 })
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["province"] = ["province is a province code of at most 16 characters."] },
                title: "The evaluation filter is not valid.");
        var rules = await query.ByRuleAsync(period.Start, period.End, province, ct);
        return Results.Ok(new { from = period.From, to = period.To, province, rules });
    }
}
