using System.Net;
using System.Text;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// Every state-changing route the app maps, read from its endpoint data source so that a route added tomorrow is
/// checked too, refuses a signed-in browser's cross-site request: one that says it is cross-site, one from a foreign
/// Origin, and a plain form post without the antiforgery token (403 on /api, 400 for forms elsewhere). Anonymous
/// endpoints that no cookie authenticates (the health checks) need no token, but are refused cross-site all the same.
/// </summary>
public sealed class CrossSiteCoverageTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly string[] StateChanging = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    /// <summary>
    /// Transports, not forms: SignalR's negotiation and connections (the hub and Blazor's circuit) and Hangfire's
    /// dashboard. They are refused cross-site by the first two checks like every route; a same-site post without a
    /// token is how their own scripts talk to them.
    /// </summary>
    private static readonly string[] Transports = ["/hubs/", "/_blazor", "/hangfire"];

    [Fact]
    public async Task EveryStateChangingRoute_RefusesCrossSiteRequests_AndFormsWithoutAToken()
    {
        var admin = await app.SignedInClientAsync("admin-crosssite", Roles.Administrator);
        var routes = StateChangingRoutes().ToList();
        Assert.Contains(routes, r => r.Path == "/account/logout");
        Assert.Contains(routes, r => r.Path == "/api/risk/runs");
        Assert.Contains(routes, r => r.Path == "/admin/users");

        var failures = new List<string>();
        foreach (var (method, path, endpoint) in routes)
        {
            var crossSite = Request(method, path, form: true);
            crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
            await ExpectAsync(admin, crossSite, HttpStatusCode.Forbidden, "cross-site", failures);

            var foreign = Request(method, path, form: false);
            foreign.Headers.Add("Origin", "https://evil.example");
            foreign.Headers.Add("X-Requested-With", "XMLHttpRequest");
            await ExpectAsync(admin, foreign, HttpStatusCode.Forbidden, "foreign origin", failures);

            if (path.StartsWith("/api/", StringComparison.Ordinal) || path == "/api")
            {
                await ExpectAsync(admin, Request(method, path, form: true), HttpStatusCode.Forbidden, "form without header", failures);
            }
            else if (!Transports.Any(t => path.StartsWith(t, StringComparison.Ordinal)))
            {
                if (endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true })
                    await ExpectAsync(admin, Request(method, path, form: true), HttpStatusCode.BadRequest, "form without token", failures);
                else if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
                    failures.Add($"{method} {path}: signed in by cookie, neither under /api nor requiring an antiforgery token");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private IEnumerable<(string Method, string Path, Endpoint Endpoint)> StateChangingRoutes()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            var changing = methods is null || methods.Count == 0 ? [HttpMethods.Post] : StateChanging.Where(methods.Contains).ToArray();
            foreach (var method in changing)
                yield return (method, PathOf(endpoint.RoutePattern), endpoint);
        }
    }

    /// <summary>A concrete address for a route template: a number for a numeric parameter, a word for any other.</summary>
    private static string PathOf(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "long" or "int") => "1",
                    RoutePatternParameterPart => "x",
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => "",
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static HttpRequestMessage Request(string method, string path, bool form) => new(new HttpMethod(method), path)
    {
        Content = form
            ? new FormUrlEncodedContent(new Dictionary<string, string> { ["go"] = "1" })
            : new StringContent("{}", Encoding.UTF8, "application/json"),
    };

    private static async Task ExpectAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode expected, string what, List<string> failures)
    {
        var response = await client.SendAsync(request);
        if (response.StatusCode != expected)
            failures.Add($"{request.Method} {request.RequestUri} ({what}): {(int)response.StatusCode}, expected {(int)expected}");
    }
}
