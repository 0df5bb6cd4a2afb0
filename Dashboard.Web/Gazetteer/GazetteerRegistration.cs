using Dashboard.Geo.Gazetteer;

namespace Dashboard.Web.Gazetteer;

/// <summary>
/// The official gazetteer (npm idn-area-data, ODbL): GET /api/gazetteer/search?q=&amp;level=&amp;limit= finds codes by name
/// or code, GET /api/gazetteer/areas/{code} reads one, GET /api/gazetteer/release says which release is loaded.
/// </summary>
public static class GazetteerRegistration
{
    public const string Attribution = "Data wilayah: idn-area-data (fityannugroho), Open Database License (ODbL) 1.0";

    public static WebApplicationBuilder AddGazetteer(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GazetteerOptions>().Bind(builder.Configuration.GetSection(GazetteerOptions.Section));
        builder.Services.AddSingleton<GazetteerLookup>();
        builder.Services.AddSingleton<GazetteerLoader>();
        return builder;
    }

    public static WebApplication MapGazetteer(this WebApplication app)
    {
        var group = app.MapGroup("/api/gazetteer").RequireAuthorization();
        group.MapGet("/search", SearchAsync);
        group.MapGet("/areas/{code}", async (string code, GazetteerLookup gazetteer, CancellationToken ct) =>
            await gazetteer.FindAsync(code, ct) is { } hit
                ? Results.Ok(GazetteerAreaView.Of(hit))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"'{code}' is not a code of the gazetteer."));
        group.MapGet("/release", async (GazetteerLookup gazetteer, CancellationToken ct) =>
            await gazetteer.CurrentReleaseAsync(ct) is { } release
                ? Results.Ok(new { release.Version, release.LoadedAt, release.Areas, release.Added, release.Retired, attribution = Attribution })
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No gazetteer release is loaded."));
        return app;
    }

    private static async Task<IResult> SearchAsync(string? q, string? level, int? limit, GazetteerLookup gazetteer, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
            errors["q"] = ["q is required: part of a name (e.g. 'Entikong') or the start of a code (e.g. '61.05')."];
        GazetteerLevel? parsed = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (Enum.TryParse<GazetteerLevel>(level, ignoreCase: true, out var l) && Enum.IsDefined(l) && !int.TryParse(level, out _))
                parsed = l;
            else
                errors["level"] = [$"level '{level}' is not one of {string.Join(", ", Enum.GetNames<GazetteerLevel>())}."];
        }
        if (limit is < 1 or > GazetteerLookup.MaxResults)
            errors["limit"] = [$"limit must be between 1 and {GazetteerLookup.MaxResults}."];
        if (errors.Count > 0)
            return Results.ValidationProblem(errors);
        var hits = await gazetteer.SearchAsync(q, parsed, limit ?? 20, ct);
        return Results.Ok(hits.Select(GazetteerAreaView.Of));
    }
}
