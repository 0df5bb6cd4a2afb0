using System.Security.Claims;
using Dashboard.Jobs;
using Dashboard.Web.Identity;
using Hangfire;

namespace Dashboard.Web.Timpora;

/// <summary>
/// TIMPORA membership: GET /api/timpora/members[?area=], POST /api/timpora/members {userName, agency, areaCode},
/// DELETE /api/timpora/members/{userName} for administrators; GET /api/timpora/me (the caller's own seat) and
/// GET /api/timpora/areas/{code}/members (a TIMPORA's roster, for its members and headquarters only, 403 otherwise).
/// </summary>
public static class TimporaRegistration
{
    public static WebApplicationBuilder AddTimpora(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TimporaMembership>();
        builder.Services.AddSingleton<TimporaMessageValidator>();
        builder.Services.AddSingleton<TimporaPlaces>();
        builder.Services.AddSingleton<TimporaMessageAlerts>();
        builder.Services.AddSingleton<TimporaBroadcast>();
        builder.Services.AddSingleton<TimporaMessages>();
        builder.Services.AddSingleton<TimporaMeetings>();
        builder.Services.AddSingleton<TimporaAgencyOverdue>();
        builder.Services.AddSingleton<TimporaBriefings>();
        builder.Services.AddSingleton<TimporaLivePicture>();
        builder.Services.AddSingleton<TimporaContribution>();
        builder.Services.AddScoped<OverdueActionItemJob>();
        return builder;
    }

    /// <summary>
    /// The overdue check's schedule, beside the jobs' own (JobsRegistration.RegisterRecurringJobs). Its class lives here
    /// with the TIMPORA's tables, so it runs on the web app's own queue, which only the web app serves (in its job
    /// server, or in the small one it keeps for this queue when a standalone worker runs the rest).
    /// </summary>
    public static void RegisterTimporaJobs(IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<OverdueActionItemJob>(RecurringJobIds.OverdueActionItems, Startup.JobsStartup.WebQueue,
            job => job.RunAsync(CancellationToken.None), OverdueActionItemJob.Cron, new RecurringJobOptions());

    public static WebApplication MapTimpora(this WebApplication app)
    {
        var members = app.MapGroup("/api/timpora/members").DisableAntiforgery().RequireAuthorization(Policies.Administer);
        members.MapGet("", async (string? area, ClaimsPrincipal user, TimporaMembership membership, CancellationToken ct) =>
            Results.Ok(await membership.ListAsync(user, area, ct)));
        members.MapPost("", async (TimporaMemberInput? input, ClaimsPrincipal user, TimporaMembership membership, CancellationToken ct) =>
        {
            var outcome = await membership.AssignAsync(user, input ?? new TimporaMemberInput(null, null, null), ct);
            return outcome.Succeeded ? Results.Ok(outcome.Member) : Results.ValidationProblem(outcome.Errors);
        });
        members.MapDelete("/{userName}", async (string userName, ClaimsPrincipal user, TimporaMembership membership, CancellationToken ct) =>
            await membership.RemoveAsync(user, userName, ct)
                ? Results.NoContent()
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such member", detail: $"'{userName}' sits in no TIMPORA."));

        var timpora = app.MapGroup("/api/timpora").DisableAntiforgery().RequireAuthorization(Policies.ViewBriefing);
        timpora.MapGet("/me", async (ClaimsPrincipal user, TimporaMembership membership, CancellationToken ct) =>
            await membership.SeatOfAsync(user, ct) is { } seat
                ? Results.Ok(new { seat.UserName, seat.Agency, seat.Level, seat.AreaCode })
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not a member", detail: "This account sits in no TIMPORA."));
        timpora.MapGet("/areas/{code}/members", async (string code, ClaimsPrincipal user, TimporaMembership membership, CancellationToken ct) =>
        {
            if (TimporaAreaCode.LevelOf(code) is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["A province (\"61\") or regency (\"61.05\") code."] });
            return await membership.RosterAsync(user, code, ct) is { } roster
                ? Results.Ok(roster)
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your TIMPORA",
                    detail: $"Only the members of TIMPORA {code} and headquarters may read it.");
        });
        timpora.MapTimporaMessages();
        timpora.MapTimporaMeetings();
        return app;
    }
}
