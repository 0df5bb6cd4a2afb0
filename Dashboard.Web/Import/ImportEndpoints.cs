using System.Security.Claims;
using System.Text;
using Dashboard.Web.Api;

namespace Dashboard.Web.Import;

/// <summary>
/// The two endpoints of every master-data import: POST {path}?dryRun=true|false with the file as the body (10 MB at
/// most), and GET {path}/template.csv[?lang=id] with the template in English or Indonesian.
/// </summary>
public static class ImportEndpoints
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static RouteGroupBuilder MapImport(this RouteGroupBuilder group, string path, string what, string policy,
        Func<HttpContext, ClaimsPrincipal, byte[], bool, CancellationToken, Task<MasterImportResult>> import,
        Func<bool, string> template, string fileName)
    {
        group.MapGet($"{path}/template.csv", (string? lang) =>
                Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(template(lang == "id"))], "text/csv; charset=utf-8",
                    lang == "id" ? $"templat-{fileName}.csv" : $"{fileName}-template.csv"))
            .RequireAuthorization(policy);
        group.MapPost(path, async (string? dryRun, HttpContext http, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (dryRun is not null && !bool.TryParse(dryRun, out _))
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["dryRun"] = ["dryRun must be true or false."] });
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, ct);
                return ImportAnswer.Of(await import(http, user, body.ToArray(), dryRun is not null && bool.Parse(dryRun), ct), what);
            })
            .RequireAuthorization(policy)
            .LimitBody(MaxBytes);
        return group;
    }
}
