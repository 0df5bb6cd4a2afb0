using Dashboard.Geo.Offices;

namespace Dashboard.Web.Evaluation;

/// <summary>
/// What every evaluation endpoint is asked for: a period, and a province or an office's working area (or the nation),
/// checked once so each answers a bad query with the same RFC 7807 problem naming the field.
/// </summary>
public sealed record EvaluationFilter(EvaluationPeriod Period, string? Province, string? Office, WorkingArea? Area)
{
    public static async Task<(EvaluationFilter? Filter, Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? Problem)> ReadAsync(DateOnly? from, DateOnly? to, string? province, string? office,
        OfficeAreas offices, TimeProvider clock, CancellationToken ct)
    {
        var period = EvaluationPeriod.TryCreate(from, to, clock, out var error);
        if (period is null)
            return (null, TypedResults.ValidationProblem(error!, title: "The evaluation period is not valid."));
        if (province is { Length: > 16 })
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["province"] = ["province is a province code of at most 16 characters."] },
                title: "The evaluation filter is not valid."));
        WorkingArea? area = null;
        if (office is { Length: > 0 } && (area = await offices.AreaOfAsync(office, ct)) is null)
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["office"] = [$"office '{office}' is not an office with a working area."] },
                title: "The evaluation filter is not valid."));
        return (new EvaluationFilter(period, province is { Length: 0 } ? null : province, area is null ? null : office, area), null);
    }
}
