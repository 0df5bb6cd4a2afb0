using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// The server-side defence against cross-site requests, where a browser sends the sign-in cookie by itself. On every
/// path (the API, the account endpoints, the pages' forms, the hubs' negotiation) a state-changing request (POST, PUT,
/// PATCH, DELETE) is refused with 403 when the browser says it comes from another site (Sec-Fetch-Site: cross-site, or
/// an Origin that is not this host). On /api it is refused too when it carries neither a JSON body (application/json,
/// application/geo+json, …+json) nor the header <see cref="Header"/>: a page on another site can send a form
/// (urlencoded, multipart, text/plain) without asking, but neither a JSON body nor a custom header without a CORS
/// preflight, which this app never grants. The app's own scripts send the header. Outside /api, forms carry an
/// antiforgery token (the pages' forms and POST /account/logout), checked by UseAntiforgery.
/// </summary>
public static class CrossSiteGuard
{
    public const string Header = "X-Requested-With";

    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
            || Refusal(http.Request) is not { } reason)
        {
            await next(http);
            return;
        }
        await Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "A cross-site request was refused.",
            Detail = reason,
        }).ExecuteAsync(http);
    });

    internal static string? Refusal(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
            return "Sec-Fetch-Site: the request comes from another site.";
        if (request.Headers.Origin is { Count: > 0 } origin && origin.ToString() is var o && o != "null"
            && (!Uri.TryCreate(o, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
            return $"Origin: '{o}' is not this site.";
        if (!request.Path.StartsWithSegments("/api") || request.Headers.ContainsKey(Header) || IsJson(request.ContentType))
            return null;
        return $"Content-Type: a state-changing request sends a JSON body (application/json) or the header {Header}; got '{request.ContentType ?? "no content type"}'.";
    }

    internal static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media))
            return false;
        var type = media.MediaType.Value ?? "";
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
