using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Offices;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Npgsql;

namespace Dashboard.Web.Alerts;

/// <summary>
/// The alerts and the live situation over HTTP, for the same people as the live view:
/// GET /api/alerts (severity, status, province, hours filters), GET /api/alerts/{id} (evidence and audit trail),
/// POST /api/alerts/{id}/actions, POST /api/alerts/actions (bulk), GET /api/situation/kpis and
/// GET /api/situation/events?after=N (the durable log, for clients without SignalR). Reads that carry a case's fields
/// are audited; those who may not see cases get such alerts as a reference (<see cref="CaseReference"/>).
/// </summary>
public static class AlertsApi
{
    public const int MaxBulk = 200;

    public static WebApplicationBuilder AddAlertsApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AlertQueries>();
        builder.Services.AddSingleton<SituationKpiQuery>();
        builder.Services.AddScoped<AlertHandling>();
        builder.Services.AddSingleton<IssuingOfficeAlerts>();
        return builder;
    }

    public static WebApplication MapAlertsApi(this WebApplication app)
    {
        var alerts = app.MapGroup("/api/alerts").DisableAntiforgery().RequireAuthorization(Policies.WatchSituation);
        alerts.MapGet("", ListAsync);
        alerts.MapGet("/{id:long}", DetailsAsync);
        alerts.MapPost("/{id:long}/actions", (long id, AlertActionRequest? request, AlertHandling handling, HttpContext http, CancellationToken ct) =>
            ActAsync([id], request, handling, http, single: true, ct)).RequireAuthorization(Policies.HandleAlerts);
        alerts.MapPost("/actions", (AlertActionRequest? request, AlertHandling handling, HttpContext http, CancellationToken ct) =>
            ActAsync(request?.Ids ?? [], request, handling, http, single: false, ct)).RequireAuthorization(Policies.HandleAlerts);
        var situation = app.MapGroup("/api/situation").RequireAuthorization(Policies.WatchSituation);
        situation.MapGet("/kpis", (SituationKpiQuery kpis, CancellationToken ct) => kpis.ReadAsync(ct));
        situation.MapGet("/events", EventsAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, AlertQueries queries, WorkingAreas areas, AccessLog log, string? severity, string? status,
        string? province, int? hours, int? limit, string? scope, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var severities = ParseSet<AlertSeverity>(severity, "severity", errors);
        var statuses = ParseSet<AlertStatus>(status, "status", errors);
        if (hours is { } h && !AlertFilter.HourChoices.Contains(h))
            errors["hours"] = [$"hours must be one of {string.Join(", ", AlertFilter.HourChoices)}; got {h}."];
        var national = ViewScope.IsNational(scope, http.User, errors);
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "The alert filter is not valid.");
        var filter = new AlertFilter(severities, statuses, string.IsNullOrWhiteSpace(province) ? null : province.Trim(), hours)
        {
            Area = national == true ? null : await areas.ForAsync(http.User.WorkingAreaCodes(), ct),
        };
        var alerts = await queries.ListAsync(filter, limit ?? 200, ct);
        var fromCases = alerts.Count(CaseReference.CarriesCaseFields);
        if (fromCases > 0)
            await log.RecordAsync(http.User, "alerts.list.read", $"alerts severity={severity} status={status} province={province} hours={hours}", fromCases, AuditOutcome.Allowed, ct);
        return Results.Ok(alerts.Select(a => CaseReference.For(http.User, a)).ToList());
    }

    /// <summary>Every opening of an alert's details is audited, found or not: the details are where case data lies.</summary>
    private static async Task<IResult> DetailsAsync(long id, HttpContext http, AlertQueries queries, AccessLog log, CancellationToken ct)
    {
        var details = await queries.DetailsAsync(id, ct);
        await log.RecordAsync(http.User, "alert.details.read", $"alert {id}", details is null ? 0 : 1, AuditOutcome.Allowed, ct);
        return details is not null
            ? Results.Ok(CaseReference.For(http.User, details))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no alert {id}.");
    }

    private static async Task<IResult> ActAsync(long[] ids, AlertActionRequest? request, AlertHandling handling, HttpContext http, bool single, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AlertCommands.TryParse(request?.Action, out var action))
            errors["action"] = [$"action must be one of: {string.Join(", ", AlertCommands.ByName.Keys)}; got '{request?.Action}'."];
        if (!single && ids.Length == 0)
            errors["ids"] = ["ids must name at least one alert."];
        if (ids.Length > MaxBulk)
            errors["ids"] = [$"at most {MaxBulk} alerts at once; got {ids.Length}."];
        AlertOutcome? outcome = null;
        if (!string.IsNullOrWhiteSpace(request?.Outcome))
        {
            if (AlertOutcomes.TryParse(request.Outcome, out var named))
                outcome = named;
            else
                errors["outcome"] = [$"outcome must be one of: {string.Join(", ", AlertOutcomes.ByName.Keys)}; got '{request.Outcome}'."];
        }
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "The action is not valid; no alert was changed.");
        var command = new AlertCommand(action, request!.Note, request.AssignedTo, outcome);
        var applied = await handling.ApplyAsync(ids, command, http.User, ct);
        if (!single)
        {
            return Results.Ok(new
            {
                applied = applied.Results.Count(r => r.Applied),
                refused = applied.Results.Count(r => !r.Applied),
                results = applied.Results.Select(r => new { id = r.AlertId, applied = r.Applied, alert = r.Alert, reason = r.Refusal?.Reason }),
            });
        }
        var result = applied.Results[0];
        return result.Refusal switch
        {
            null => Results.Ok(result.Alert),
            { Kind: AlertRefusalKind.Invalid } r => Results.ValidationProblem(
                new Dictionary<string, string[]> { [r.Field ?? FieldOf(action)] = [r.Reason] }, title: "The action is not valid; the alert was not changed."),
            { Kind: AlertRefusalKind.NotFound } r => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: r.Reason),
            var r => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The alert cannot do that now.", detail: r.Reason),
        };
    }

    private static async Task<IResult> EventsAsync(HttpContext http, NpgsqlDataSource dataSource, AccessLog log, long? after, int? limit, CancellationToken ct)
    {
        var events = await SituationEventLog.ReadAfterAsync(dataSource, after ?? 0, limit ?? SituationEventLog.MaxRead, ct);
        await CaseEventAudit.RecordAsync(log, http.User, "situation.events.read", after ?? 0, events, ct);
        return Results.Ok(CaseReference.For(http.User, events));
    }

    private static string FieldOf(AlertAction action) => action == AlertAction.Assigned ? "assignedTo" : "note";

    private static HashSet<T> ParseSet<T>(string? csv, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        var set = new HashSet<T>();
        foreach (var part in (csv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<T>(part, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(part, out _))
                set.Add(value);
            else
                errors[field] = [$"{field} '{part}' must be one of: {string.Join(", ", Enum.GetNames<T>())}."];
        }
        return set;
    }
}
