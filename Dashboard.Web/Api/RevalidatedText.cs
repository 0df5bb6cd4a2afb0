using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Api;

/// <summary>
/// A text answer the browser keeps and asks again for with its ETag: unchanged layers (rat routes, crossings, the
/// risk run in force) then cost a 304 of a few hundred bytes instead of their body on every visit and pan. "private,
/// no-cache" keeps it out of shared caches and makes the browser check every time, so a change shows at once. The
/// tag is weak: the compressed and plain bodies are the same content.
/// </summary>
public static class RevalidatedText
{
    public static IResult Of(HttpContext http, string text, string contentType)
    {
        var tag = $"W/\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16)}\"";
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Text(text, contentType);
    }
}
