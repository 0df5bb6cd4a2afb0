using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Pages;

/// <summary>Someone who signs in without asking for a page lands where their work is; one who asked gets that page.</summary>
public sealed partial class LandingTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Theory]
    [InlineData(Roles.HqAnalyst, "/overview")]
    [InlineData(Roles.Administrator, "/overview")]
    [InlineData(Roles.PatrolPlanner, "/patrols")]
    [InlineData(Roles.TimporaMember, "/briefing")]
    [InlineData(Roles.FieldOfficer, "/reports/new")]
    public async Task SigningIn_WithoutAPageAsked_LandsOnTheRolesPage(string role, string landing)
    {
        var user = $"landing-{role.ToLowerInvariant()}";
        (await app.SignedInClientAsync(user, role, role == Roles.TimporaMember ? "Polri" : DashboardClaims.Immigration)).Dispose();

        Assert.Equal(landing, await SignInAsync(user, ""));
        Assert.Equal("/briefing?days=91", await SignInAsync(user, "?ReturnUrl=%2Fbriefing%3Fdays%3D91"));
    }

    private async Task<string?> SignInAsync(string user, string query)
    {
        using var client = app.CookieClient();
        var form = await client.GetStringAsync($"/account/login{query}");
        var response = await client.PostAsync($"/account/login{query}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            ["_handler"] = "login",
            ["Input.UserName"] = user,
            ["Input.Password"] = DashboardApp.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // NavigationManager answers with an absolute address; the path and query are what matter.
        return response.Headers.Location is { } location ? location.PathAndQuery : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
