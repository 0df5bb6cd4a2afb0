namespace Dashboard.Web.Audit;

/// <summary>
/// Every request refused with 401 or 403 (an API, a page, the hub, the cross-site guard, the password-change gate) is
/// an audit line with outcome "refused": someone trying doors is as telling as someone opening them. It sits outside
/// the status code pages, so a page's refusal is written once, with the address that was asked for.
/// </summary>
public static class AuditedRefusals
{
    public const string Action = "access.refused";

    public static IApplicationBuilder UseAuditedRefusals(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var method = http.Request.Method;
        var path = http.Request.Path.Value ?? "/";
        await next(http);
        if (http.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
        {
            var log = http.RequestServices.GetRequiredService<AccessLog>();
            try
            {
                // Not the request's token: a client that hangs up after its refusal must not erase the line.
                await log.RecordAsync(http.User, Action, $"{method} {path} {http.Response.StatusCode}", rows: null, AuditOutcome.Refused, CancellationToken.None);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                // The refusal has been answered already; the line that could not be written is at least in the app's log.
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuditedRefusals))
                    .LogError(e, "Could not audit the refusal of {Method} {Path} ({Status}) for {User}", method, path, http.Response.StatusCode, http.User.Identity?.Name);
            }
        }
    });
}
