using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

public sealed partial class AccessTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    /// <summary>Every route the app maps, with each parameter filled in, and each of its methods.</summary>
    private IEnumerable<(string Method, string Path)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + Parameter().Replace(e.RoutePattern.RawText!.Trim('/'), "1"))))
            .Distinct();

    [Fact]
    public async Task EveryRoute_WithoutSignIn_IsRefused()
    {
        var anonymous = app.AnonymousClient();
        var routes = Routes().ToList();
        Assert.Contains(routes, r => r.Path == "/api/admin/users");
        Assert.True(routes.Any(r => r.Path == "/live"), string.Join("\n", routes));

        foreach (var (method, path) in routes)
        {
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal));
            Assert.True(refused, $"{method} {path} answered {(int)response.StatusCode} without sign-in");
        }
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.HqAnalyst)]
    [InlineData(Roles.PatrolPlanner)]
    public async Task AnotherAgencysAccount_NeverReachesImmigrationsOperationalViews(string role)
    {
        var polri = await app.SignedInClientAsync($"polri-{role}", role, agency: "Polri");
        var immigration = await app.SignedInClientAsync($"imigrasi-{role}", role);

        foreach (var (method, path) in new[]
        {
            ("GET", "/api/alerts"), ("POST", "/api/alerts/actions"), ("GET", "/api/situation/kpis"), ("POST", "/api/reports"),
            ("GET", "/api/patrols/bases"), ("POST", "/api/import/rat-routes"), ("POST", "/api/import/roads"),
        })
        {
            var response = await polri.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode} to Polri's {role}");
        }
        foreach (var page in new[] { "/live", "/overview", "/patrols", "/reports/new" })
        {
            // Signed in but of another agency: the refusal page says why, rather than asking them to sign in again.
            var response = await polri.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, (await polri.GetAsync("/api/briefing/regions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await immigration.GetAsync("/api/patrols/bases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await immigration.GetAsync("/patrols")).StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
