using System.Net;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// Which pages each role gets, asked of the real app over HTTP: a member of another agency gets the map and the
/// briefing (aggregates), never the live alerts or the patrol desk, which name places, subjects and teams.
/// </summary>
public sealed class PageAccessTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    public static TheoryData<string, string, string, bool> Pages => new()
    {
        { Roles.TimporaMember, "Polri", "/briefing", true },
        { Roles.TimporaMember, "Polri", "/live", false },
        { Roles.TimporaMember, "Polri", "/patrols", false },
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/briefing", false },
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/patrols", false },
        { Roles.PatrolPlanner, DashboardClaims.Immigration, "/patrols", true },
        { Roles.HqAnalyst, DashboardClaims.Immigration, "/live", true },
        { Roles.HqAnalyst, DashboardClaims.Immigration, "/briefing", true },
        { Roles.HqAnalyst, DashboardClaims.Immigration, "/overview", true },
        { Roles.TimporaMember, "Polri", "/overview", false },
        { Roles.TimporaMember, "Polri", "/screenings", false },
        { Roles.HqAnalyst, "Polri", "/screenings/new", false },
        { Roles.TimporaMember, "Pemda", "/referrals", true },
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/screenings/new", true },
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/interviews", true },
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/admin/services", false },
        { Roles.Administrator, DashboardClaims.Immigration, "/admin/services", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APage_IsServedOnlyToTheRolesWhoseWorkItIs(string role, string agency, string path, bool allowed)
    {
        var user = $"{role.ToLowerInvariant()}-{agency.ToLowerInvariant()}-pages";
        var client = await app.SignedInClientAsync(user, role, agency);

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        var marker = path.TrimStart('/') switch
        {
            "live" => "data-testid=\"live-page\"",
            "patrols" => "data-testid=\"patrol-page\"",
            "overview" => "data-testid=\"overview-page\"",
            "screenings" => "data-testid=\"screenings-page\"",
            "screenings/new" => "data-testid=\"screening-form\"",
            "referrals" => "data-testid=\"referrals-page\"",
            "interviews" => "data-testid=\"interviews-page\"",
            "admin/services" => "data-testid=\"admin-services\"",
            _ => "data-testid=\"briefing-page\"",
        };
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(marker, body);
        }
        else
        {
            // A signed-in user refused a page gets 403 and the page saying why, never the page itself nor the sign-in form.
            Assert.DoesNotContain(marker, body);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("data-testid=\"access-denied\"", body);
            Assert.DoesNotContain("Input.Password", body);
        }
    }

    [Theory]
    [InlineData("/live")]
    [InlineData("/overview")]
    [InlineData("/patrols")]
    [InlineData("/briefing")]
    public async Task APageOpenedBeforeSigningIn_SendsToTheSignIn_AndBackToThatPage(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/account/login", location);
        Assert.EndsWith("ReturnUrl=" + Uri.EscapeDataString(path), location);
    }
}
