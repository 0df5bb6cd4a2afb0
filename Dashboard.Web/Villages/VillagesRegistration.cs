using System.Security.Claims;
using Dashboard.Geo.Villages;
using Dashboard.Web.Crossings;
using Dashboard.Web.Identity;
using Dashboard.Web.Import;

namespace Dashboard.Web.Villages;

/// <summary>
/// Assisted villages: GET /api/villages[?includeRetired=true], GET /api/villages/{code} (mentors, sessions, what is
/// around), GET /api/villages/mentors (accounts a Pimpasa is picked from), POST /api/villages (register),
/// POST /api/villages/{code}/mentor (reassign), POST /api/villages/{code}/retire, POST /api/villages/{code}/sessions.
/// Registering, reassigning and retiring are for HQ; sessions also for field officers (the Pimpasa). Bulk imports with a
/// dry run: POST /api/villages/import and POST /api/villages/sessions/import (CSV, XLSX or GeoJSON as the body), each
/// with its template at .../template.csv[?lang=id].
/// </summary>
public static class VillagesRegistration
{
    public static WebApplicationBuilder AddVillages(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<VillageOptions>().Bind(builder.Configuration.GetSection(VillageOptions.Section))
            .Validate(o => o.QuietAfterDays > 0 && o.AroundKm > 0, "Villages:QuietAfterDays and Villages:AroundKm must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<MentorDirectory>();
        builder.Services.AddSingleton<VillageService>();
        builder.Services.AddSingleton<VillageImporter>();
        builder.Services.AddSingleton<SessionImporter>();
        return builder;
    }

    public static WebApplication MapVillages(this WebApplication app)
    {
        var group = app.MapGroup("/api/villages").DisableAntiforgery().RequireAuthorization();
        group.MapGet("", async (bool? includeRetired, VillageService villages, CancellationToken ct) =>
            Results.Ok(await villages.ListAsync(includeRetired ?? false, ct)));
        group.MapGet("/mentors", async (MentorDirectory mentors, CancellationToken ct) => Results.Ok(await mentors.ListAsync(ct)))
            .RequireAuthorization(Policies.ManageVillages);
        group.MapGet("/{code}", async (string code, VillageService villages, CancellationToken ct) =>
            await villages.DetailsAsync(code, ct) is { } v ? Results.Ok(v)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no assisted village has code '{code}'."));
        group.MapPost("", async (VillageDraft? draft, VillageService villages, ClaimsPrincipal user, CancellationToken ct) =>
                draft is null ? CrossingsRegistration.NoBody()
                    : (await villages.RegisterAsync(draft, MasterDataEditor.Of(user), ct)).ToResult(v => Results.Created($"/api/villages/{v.VillageCode}", v)))
            .RequireAuthorization(Policies.ManageVillages);
        group.MapPost("/{code}/mentor", async (string code, ReassignRequest? request, VillageService villages, ClaimsPrincipal user, CancellationToken ct) =>
                (await villages.ReassignAsync(code, request?.MentorUserId, request?.From, MasterDataEditor.Of(user), ct)).ToResult(Results.Ok))
            .RequireAuthorization(Policies.ManageVillages);
        group.MapPost("/{code}/retire", async (string code, RetireRequest? request, VillageService villages, ClaimsPrincipal user, CancellationToken ct) =>
                (await villages.RetireAsync(code, request?.Reason, MasterDataEditor.Of(user), ct)).ToResult(Results.Ok))
            .RequireAuthorization(Policies.ManageVillages);
        group.MapPost("/{code}/sessions", async (string code, SessionDraft? draft, VillageService villages, ClaimsPrincipal user, CancellationToken ct) =>
                draft is null ? CrossingsRegistration.NoBody()
                    : (await villages.LogSessionAsync(code, draft, CrossingsRegistration.UserName(user), ct)).ToResult(s => Results.Created($"/api/villages/{code}", s)))
            .RequireAuthorization(Policies.LogOutreach);
        group.MapImport("/import", "village", Policies.ManageVillages,
            (http, user, file, dryRun, ct) => http.RequestServices.GetRequiredService<VillageImporter>().ImportAsync(user, file, dryRun, ct),
            VillageImportColumns.VillageTemplate, "desa-binaan");
        group.MapImport("/sessions/import", "outreach session", Policies.LogOutreach,
            (http, user, file, dryRun, ct) => http.RequestServices.GetRequiredService<SessionImporter>().ImportAsync(user, file, dryRun, ct),
            VillageImportColumns.SessionTemplate, "sosialisasi");
        return app;
    }
}
