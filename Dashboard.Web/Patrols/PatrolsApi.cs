using Dashboard.Geo.Offices;
using Dashboard.Geo.Time;
using Dashboard.Geo.Queries.Patrols;
using Dashboard.Geo.Queries.Travel;
using Dashboard.Jobs.Patrols;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Patrols;
using Dashboard.Web.Reports;

namespace Dashboard.Web.Patrols;

/// <summary>
/// The patrol desk over HTTP, for patrol planners, HQ analysts and administrators:
/// GET /api/patrols/bases; POST /api/patrols/suggest (candidates in reach, a suggested round, alternatives);
/// POST /api/patrols/score (a hand-edited round); POST /api/patrols (save with team and date); GET /api/patrols
/// (?from=&amp;to=); GET /api/patrols/{id}; GET /api/patrols/{id}/gpx and /kml (for handhelds);
/// POST /api/patrols/{id}/outcome (done or cancelled, findings filed as field reports).
/// </summary>
public static class PatrolsApi
{
    public static WebApplicationBuilder AddPatrolsApi(this WebApplicationBuilder builder)
    {
        // Bound and validated with the jobs' settings (AddDashboardJobs); the planner takes the values themselves.
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PatrolPlannerOptions>>().Value);
        builder.Services.AddSingleton<PatrolCandidateQuery>();
        builder.Services.AddSingleton<TravelNetworkQuery>();
        builder.Services.AddScoped<PatrolPlanning>();
        builder.Services.AddScoped<PatrolBook>();
        return builder;
    }

    public static WebApplication MapPatrolsApi(this WebApplication app)
    {
        // An outcome may carry a full batch of findings.
        var patrols = app.MapGroup("/api/patrols").DisableAntiforgery().RequireAuthorization(Policies.PlanPatrols).LimitBody(ReportsApi.MaxBodyBytes);
        patrols.MapGet("/bases", async (string? scope, HttpContext http, PatrolPlanning planning, WorkingAreas areas, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (await ScopeAsync(scope, http, areas, errors, ct) is not { } inScope)
                return Results.ValidationProblem(errors, title: "The base list's scope is not valid.");
            return Results.Ok(inScope.Bases(await planning.BasesAsync(ct)));
        });
        patrols.MapPost("/suggest", async (PatrolRequest? request, PatrolPlanning planning, CancellationToken ct) =>
            Answer(await planning.SuggestAsync(request ?? Empty, ct), "The patrol request is not valid."));
        patrols.MapPost("/score", async (PatrolRequest? request, PatrolPlanning planning, CancellationToken ct) =>
            Answer(await planning.ScoreAsync(request ?? Empty, ct), "The patrol is not valid."));
        patrols.MapPost("", async (PatrolRequest? request, PatrolBook book, HttpContext http, CancellationToken ct) =>
        {
            var saved = await book.SaveAsync(request ?? Empty, http.User, ct);
            return saved.Value is { } patrol
                ? Results.Created($"/api/patrols/{patrol.Id}", patrol)
                : Results.ValidationProblem(saved.Errors, title: "The patrol is not valid; nothing was saved.");
        });
        patrols.MapGet("", async (DateOnly? from, DateOnly? to, string? scope, HttpContext http, PatrolBook book, PatrolPlanning planning,
            WorkingAreas areas, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (await ScopeAsync(scope, http, areas, errors, ct) is not { } inScope)
                return Results.ValidationProblem(errors, title: "The patrol list's scope is not valid.");
            var today = clock.HeadquartersToday();
            var bases = inScope.IsNational ? null : inScope.BaseCodes(await planning.BasesAsync(ct));
            return Results.Ok(await book.ListAsync(from ?? today.AddDays(-30), to ?? today.AddDays(60), bases, ct));
        });
        patrols.MapGet("/{id:long}", async (long id, PatrolBook book, CancellationToken ct) =>
            await book.FindAsync(id, ct) is { } p ? Results.Ok(p) : NotFound(id));
        patrols.MapGet("/{id:long}/gpx", (long id, PatrolBook book, PatrolPlanning planning, AccessLog log, HttpContext http, CancellationToken ct) =>
            ExportAsync(id, "gpx", book, planning, log, http, ct));
        patrols.MapGet("/{id:long}/kml", (long id, PatrolBook book, PatrolPlanning planning, AccessLog log, HttpContext http, CancellationToken ct) =>
            ExportAsync(id, "kml", book, planning, log, http, ct));
        patrols.MapPost("/{id:long}/outcome", async (long id, PatrolOutcomeRequest? request, PatrolBook book, HttpContext http, CancellationToken ct) =>
            await book.RecordOutcomeAsync(id, request ?? new PatrolOutcomeRequest(null, null, null), http.User, ct) switch
            {
                null => NotFound(id),
                { Value: { } done } => Results.Ok(done),
                { } refused => Results.ValidationProblem(refused.Errors, title: "The outcome is not valid; nothing was recorded."),
            });
        return app;
    }

    /// <summary>An office's planner lists the patrols of its working area unless they ask for the nation.</summary>
    private static async Task<PatrolScope?> ScopeAsync(string? scope, HttpContext http, WorkingAreas areas, Dictionary<string, string[]> errors, CancellationToken ct) =>
        ViewScope.IsNational(scope, http.User, errors) switch
        {
            null => null,
            true => PatrolScope.Nation,
            false => new PatrolScope(await areas.ForAsync(http.User.WorkingAreaCodes(), ct)),
        };

    private static readonly PatrolRequest Empty = new(null, null, null, null);

    private static IResult Answer<T>(PatrolOutcome<T> outcome, string title) where T : class =>
        outcome.Value is { } value ? Results.Ok(value) : Results.ValidationProblem(outcome.Errors, title: title);

    private static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such patrol.", detail: $"There is no patrol {id}.");

    private static async Task<IResult> ExportAsync(long id, string format, PatrolBook book, PatrolPlanning planning, AccessLog log, HttpContext http, CancellationToken ct)
    {
        if (await book.FindAsync(id, ct) is not { } patrol)
            return NotFound(id);
        await log.RecordAsync(http.User, $"export-patrol-{format}", $"patrol:{id}", ct);
        // The track is measured on today's network, so a road loaded since the plan was saved is followed.
        var track = await planning.PathAsync(patrol.BaseLongitude, patrol.BaseLatitude, [.. patrol.Stops.Select(s => (s.Longitude, s.Latitude))],
            Enum.Parse<Geo.Domain.Patrols.PatrolMode>(patrol.Mode), ct);
        var file = PatrolFiles.Write(patrol, format, track);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
