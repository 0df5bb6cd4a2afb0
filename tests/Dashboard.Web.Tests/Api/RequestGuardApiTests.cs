using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// Requests the guards refuse before any feature sees them: control characters and wrong types in the query string,
/// malformed alert actions, a cross-site form post, a copied cookie after sign-out, a foreign return address.
/// </summary>
public sealed class RequestGuardApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        BadInputApiTests.AssertProblemAsync(response, expected);

    [Theory]
    [InlineData("/api/briefing/regions?days=28&province=%00")]
    [InlineData("/api/briefing/regions?days=%01")]
    [InlineData("/api/briefing/trend?area=%00")]
    [InlineData("/api/map/layers/crossings?bbox=104,1,105,2&zoom=%00")]
    [InlineData("/api/map/layers/rat-routes?bbox=104%001,105,2")]
    [InlineData("/api/alerts?status=%1b")]
    public async Task QueryString_WithAControlCharacter_Is400NamingTheParameter(string url)
    {
        var client = await app.SignedInClientAsync("analis-query", Roles.HqAnalyst);
        var parameter = url.Split('?')[1].Split('&').First(p => p.Contains('%') && (p.Contains("%0") || p.Contains("%1"))).Split('=')[0];

        var response = await client.GetAsync(url);

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty(parameter, out _), errors.ToString());
    }

    [Fact]
    public async Task QueryString_OfTheWrongType_Is400NamingTheParameter()
    {
        var client = await app.SignedInClientAsync("analis-type", Roles.HqAnalyst);

        var response = await client.GetAsync("/api/risk/runs?count=many");

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("count", out _), errors.ToString());
    }

    [Fact]
    public async Task AlertAction_WithANulNote_Is400NamingTheNote()
    {
        var client = await app.SignedInClientAsync("analis-alert", Roles.HqAnalyst);

        var response = await client.PostAsync("/api/alerts/actions", new StringContent("{\"action\":\"comment\",\"note\":\"x\\u0000\",\"ids\":[1]}", Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("note", out _), errors.ToString());
    }

    [Fact]
    public async Task AlertAction_WithAWordForAnId_Is400NamingIds()
    {
        var client = await app.SignedInClientAsync("analis-alert-ids", Roles.HqAnalyst);

        var response = await client.PostAsync("/api/alerts/actions", new StringContent("{\"action\":\"acknowledge\",\"ids\":[\"one\"]}", Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("ids[0]", out _), errors.ToString());
    }

    [Fact]
    public async Task CrossSiteFormPost_ThatWouldStartARiskRun_IsRefused()
    {
        var client = await app.SignedInClientAsync("admin-csrf", Roles.Administrator);

        var form = await client.PostAsync("/api/risk/runs", new FormUrlEncodedContent(new Dictionary<string, string> { ["go"] = "1" }));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/risk/runs") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "https://evil.example");
        var foreign = await client.SendAsync(request);
        var fetchMetadata = new HttpRequestMessage(HttpMethod.Post, "/api/risk/runs");
        fetchMetadata.Headers.Add("Sec-Fetch-Site", "cross-site");
        fetchMetadata.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var crossSite = await client.SendAsync(fetchMetadata);

        await AssertProblemAsync(form, HttpStatusCode.Forbidden);
        await AssertProblemAsync(foreign, HttpStatusCode.Forbidden);
        await AssertProblemAsync(crossSite, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieStopsWorking()
    {
        var client = await app.SignedInClientAsync("analis-signout", Roles.HqAnalyst);
        var copy = app.AnonymousClient();
        var cookie = await CookieHeaderAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await Get(copy, "/api/situation/kpis", cookie)).StatusCode);

        var signOut = await DashboardApp.PostFormAsync(client, "/account", "logout", new Dictionary<string, string>(), "/account/logout");

        Assert.True(signOut.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{signOut.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(copy, "/api/situation/kpis", cookie)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\r\nSet-Cookie:x=1")]
    public async Task Culture_WithAReturnUrlThatIsNotALocalPath_GoesHome(string returnUrl)
    {
        var client = app.AnonymousClient();

        var response = await client.GetAsync($"/culture?name=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.True((int)response.StatusCode is >= 300 and < 400, $"{response.StatusCode}");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    /// <summary>The cookie the signed-in client holds, read back the way a thief would copy it: from a request it sends.</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/situation/kpis");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
    }
}
