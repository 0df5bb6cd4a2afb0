using System.Security.Claims;
using Dashboard.Web.Identity;

namespace Dashboard.Web.WatchLists;

/// <summary>
/// GET /api/watch-lists (the thresholds in force, their versions and the modus catalogue), PUT
/// /api/watch-lists/thresholds (a new version), POST /api/watch-lists/modi (a new cover) and POST
/// /api/watch-lists/modi/{code}/active {active}: <see cref="Policies.EditWatchLists"/> only.
/// </summary>
public static class WatchListsRegistration
{
    public static WebApplicationBuilder AddWatchLists(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WatchListDesk>();
        return builder;
    }

    public static WebApplication MapWatchLists(this WebApplication app)
    {
        var group = app.MapGroup("/api/watch-lists").DisableAntiforgery().RequireAuthorization(Policies.EditWatchLists);
        group.MapGet("", async (WatchListDesk desk, CancellationToken ct) => Results.Ok(await desk.ReadAsync(ct)));
        group.MapPut("/thresholds", async (ThresholdsInput? input, WatchListDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (saved, errors) = await desk.SaveAsync(user, input ?? new ThresholdsInput(null, null, null, null, null, null), ct);
            return saved is not null ? Results.Ok(saved) : Results.ValidationProblem(errors, title: "The thresholds were not saved.");
        });
        group.MapPost("/modi", async (ModusInput? input, WatchListDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (added, errors) = await desk.AddModusAsync(user, input ?? new ModusInput(null, null, null), ct);
            return added is not null ? Results.Created($"/api/watch-lists/modi/{added.Code}", added)
                : Results.ValidationProblem(errors, statusCode: errors.ContainsKey("code") && errors["code"][0].StartsWith("the catalogue already", StringComparison.Ordinal)
                    ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, title: "The modus was not added.");
        });
        group.MapPost("/modi/{code}/active", async (string code, ModusActiveInput? input, WatchListDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (input?.Active is not { } active)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["active"] = ["active is true or false."] });
            return await desk.SetModusActiveAsync(user, code.Trim().ToUpperInvariant(), active, ct) is { } modus ? Results.Ok(modus)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"the catalogue has no modus {code}.");
        });
        return app;
    }
}
