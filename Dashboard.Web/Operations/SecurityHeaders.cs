using System.Security.Cryptography;
using Dashboard.Web.Map;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Operations;

/// <summary>
/// Security headers on every response: a Content-Security-Policy the app's own pages satisfy (scripts from the app
/// only, plus the one inline import map by a per-request nonce; styles inline because MudBlazor and Leaflet set
/// style attributes; connections to the app itself, which includes its WebSockets), nosniff, a referrer policy and
/// frame denial.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "dashboard:csp-nonce";

    /// <summary>The nonce this response's Content-Security-Policy allows inline scripts with.</summary>
    public static string CspNonce(this HttpContext http) => http.Items[NonceKey] as string ?? "";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var tiles = app.ApplicationServices.GetRequiredService<IOptions<MapTileOptions>>().Value;
        var tileOrigin = Uri.TryCreate(tiles.TileUrl?.Replace("{s}", "a").Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0"), UriKind.Absolute, out var tileUri)
            ? $" {tileUri.Scheme}://{(tiles.TileUrl!.Contains("{s}", StringComparison.Ordinal) ? "*." + tileUri.Host.Split('.', 2)[^1] : tileUri.Host)}"
            : "";
        return app.Use(async (http, next) =>
        {
            // Hex, so that HTML-encoding the attribute leaves it as it is.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; " +
                $"script-src 'self' 'nonce-{nonce}'; " +
                "style-src 'self' 'unsafe-inline'; " +
                $"img-src 'self' data: blob:{tileOrigin}; " +
                "font-src 'self' data:; " +
                "connect-src 'self'; " +
                "media-src 'self' data: blob:; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
            await next(http);
        });
    }
}
