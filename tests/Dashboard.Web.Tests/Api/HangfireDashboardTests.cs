using System.Net;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Tests.Api;

public sealed class HangfireDashboardTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task Hangfire_IsForAdministratorsOnly()
    {
        var analyst = await app.SignedInClientAsync("hq-hangfire", Roles.HqAnalyst);
        var admin = await app.SignedInClientAsync("admin-hangfire", Roles.Administrator);

        var anonymous = await app.AnonymousClient().GetAsync("/hangfire");
        var forAnalyst = await analyst.GetAsync("/hangfire");
        var forAdmin = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString());
        Assert.NotEqual(HttpStatusCode.OK, forAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forAdmin.StatusCode);
        Assert.Contains("Hangfire", await forAdmin.Content.ReadAsStringAsync());
    }
}
