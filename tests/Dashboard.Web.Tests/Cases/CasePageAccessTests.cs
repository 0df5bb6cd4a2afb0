using System.Net;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Cases;

/// <summary>The case pages are case-level data: immigration's case workers get them, other agencies and TIMPORA never.</summary>
public sealed class CasePageAccessTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    public static TheoryData<string, string, string, string, bool> Pages => new()
    {
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/cases", "cases-page", true },
        { Roles.FieldOfficer, DashboardClaims.Immigration, "/cases/new", "case-form-page", true },
        { Roles.PatrolPlanner, DashboardClaims.Immigration, "/cases", "cases-page", true },
        { Roles.PatrolPlanner, DashboardClaims.Immigration, "/cases/new", "case-form-page", false },
        { Roles.TimporaMember, "Polri", "/cases", "cases-page", false },
        { Roles.HqAnalyst, "BP2MI", "/cases/new", "case-form-page", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ACasePage_IsServedOnlyToCaseWorkers(string role, string agency, string path, string marker, bool allowed)
    {
        var client = await app.SignedInClientAsync($"{role.ToLowerInvariant()}-{agency.ToLowerInvariant()}-case-pages", role, agency);

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(allowed, body.Contains($"data-testid=\"{marker}\""));
    }
}
