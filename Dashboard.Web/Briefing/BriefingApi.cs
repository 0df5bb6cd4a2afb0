using Dashboard.Geo.Queries.Briefing;
using Dashboard.Web.Audit;
using Dashboard.Web.Briefing;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Briefing;

/// <summary>
/// The TIMPORA briefing over HTTP, for every member of a coordination meeting (immigration and other agencies alike):
/// GET /api/briefing/regions (?province=61 for its regencies; ?days=28 or ?from=&amp;to=; ?compare=year), the same as
/// /api/briefing/regions.csv and .geojson (?k=11 for a partner export at that k), and GET /api/briefing/trend?area=61&amp;weeks=26.
/// Aggregates only; other agencies get the disclosure rules (calendar periods, suppression at k); every read is in the audit log.
/// </summary>
public static class BriefingApi
{
    public static WebApplicationBuilder AddBriefingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegionActivityQuery>();
        builder.Services.AddSingleton<WeeklyCasesQuery>();
        builder.Services.AddSingleton<WeeklyOffloadingsQuery>();
        builder.Services.AddScoped<AggregateBriefing>();
        builder.Services.AddScoped<BriefingService>();
        return builder;
    }

    public static WebApplication MapBriefingApi(this WebApplication app)
    {
        var briefing = app.MapGroup("/api/briefing").RequireAuthorization(Policies.ViewBriefing);
        briefing.MapGet("/regions", (HttpContext http, BriefingService service, string? province, string? days, string? from, string? to, string? compare, CancellationToken ct) =>
            TableAsync(http, service, province, days, from, to, compare, null, export: false, Results.Ok, ct));
        briefing.MapGet("/regions.csv", (HttpContext http, BriefingService service, AccessLog log, string? province, string? days, string? from, string? to, string? compare, string? k, CancellationToken ct) =>
            ExportAsync(http, service, log, "csv", province, days, from, to, compare, k, t => Results.File(System.Text.Encoding.UTF8.GetBytes(BriefingExport.Csv(t)), "text/csv", FileName(t, "csv")), ct));
        briefing.MapGet("/regions.geojson", (HttpContext http, BriefingService service, AccessLog log, string? province, string? days, string? from, string? to, string? compare, string? k, CancellationToken ct) =>
            ExportAsync(http, service, log, "geojson", province, days, from, to, compare, k, t => Results.File(System.Text.Encoding.UTF8.GetBytes(BriefingExport.GeoJson(t)), "application/geo+json", FileName(t, "geojson")), ct));
        briefing.MapGet("/trend", async (HttpContext http, BriefingService service, string? area, int? weeks, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(area) || !await service.IsAreaAsync(area.Trim(), ct))
                errors["area"] = [$"area '{area}' must be ID (the nation), a province code (61) or a regency code (61.05)."];
            if (weeks is < 4 or > 104)
                errors["weeks"] = [$"weeks must be between 4 and 104; got {weeks}."];
            return errors.Count > 0
                ? Results.ValidationProblem(errors, title: "The trend request is not valid.")
                : Results.Ok(await service.TrendAsync(http.User, area!.Trim(), weeks ?? 26, ct));
        });
        return app;
    }

    private static Task<IResult> TableAsync(HttpContext http, BriefingService service, string? province, string? days, string? from, string? to,
        string? compare, string? k, bool export, Func<BriefingTable, IResult> answer, CancellationToken ct) =>
        TableAsync(http, service, province, days, from, to, compare, k, export, t => Task.FromResult(answer(t)), ct);

    /// <summary>An export is audited as an export (what left the app, how many rows), besides the read behind it.</summary>
    private static Task<IResult> ExportAsync(HttpContext http, BriefingService service, AccessLog log, string format, string? province, string? days,
        string? from, string? to, string? compare, string? k, Func<BriefingTable, IResult> answer, CancellationToken ct) =>
        TableAsync(http, service, province, days, from, to, compare, k, export: true, async t =>
        {
            await log.RecordAsync(http.User, $"export.briefing.{format}", FileName(t, format), t.Rows.Count, AuditOutcome.Allowed, ct);
            return answer(t);
        }, ct);

    private static async Task<IResult> TableAsync(HttpContext http, BriefingService service, string? province, string? days, string? from, string? to,
        string? compare, string? k, bool export, Func<BriefingTable, Task<IResult>> answer, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        int? exportK = null;
        if (k is not null)
        {
            if (int.TryParse(k, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed is >= 2 and <= 100)
                exportK = parsed;
            else
                errors["k"] = [$"k must be a whole number from 2 to 100 (the smallest count a partner export shows, e.g. 11); got '{k}'."];
        }
        if (BriefingRequest.Parse(province, days, from, to, service.Today, errors, compare) is not { } request || errors.Count > 0)
            return Results.ValidationProblem(errors, title: "The briefing request is not valid.");
        if (service.Refusal(http.User, request, exportK, export) is { } refusal)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [refusal] }, title: "The briefing request is not valid.");
        return await answer(await service.TableAsync(http.User, request, exportK, export, ct));
    }

    private static string FileName(BriefingTable t, string extension) => System.FormattableString.Invariant(
        $"briefing-{t.Province ?? "indonesia"}-{t.Period.From:yyyyMMdd}-{t.Period.To:yyyyMMdd}.{extension}");
}
