using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>Membership of a TIMPORA on an empty database: assigned by administrators only, read within one's own TIMPORA.</summary>
public sealed class TimporaMembershipTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AnAdministrator_AssignsMembers_AndAMemberIsRefusedAnotherRegencysTimpora()
    {
        var admin = await app.SignedInClientAsync("admin-timpora", Roles.Administrator);
        await app.SignedInClientAsync("polri.sanggau", Roles.TimporaMember, agency: "Polri");
        await app.SignedInClientAsync("tni.batam", Roles.TimporaMember, agency: "TNI");

        var assigned = await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "polri.sanggau", agency = "Polri", areaCode = "61.05" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var seat = JsonDocument.Parse(await assigned.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Regency", seat.GetProperty("level").GetString());
        // The same assignment twice is one seat, not two.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "polri.sanggau", agency = "Polri", areaCode = "61.05" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "tni.batam", agency = "TNI", areaCode = "21.71" })).StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/timpora/members?area=61.05");
        Assert.Equal("polri.sanggau", Assert.Single(listed.EnumerateArray()).GetProperty("userName").GetString());

        var polri = await app.SignedInClientAsync("polri.sanggau", Roles.TimporaMember, agency: "Polri");
        var me = await polri.GetFromJsonAsync<JsonElement>("/api/timpora/me");
        Assert.Equal("61.05", me.GetProperty("areaCode").GetString());
        var own = await polri.GetAsync("/api/timpora/areas/61.05/members");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/timpora/areas/21.71/members")).StatusCode);
        // A regency's member does not see the province around it either.
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/timpora/areas/61/members")).StatusCode);
        // Members do not assign.
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.PostAsJsonAsync("/api/timpora/members", new { userName = "polri.sanggau", agency = "Polri", areaCode = "21.71" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/timpora/members")).StatusCode);

        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        var lines = await audit.AccessEvents.Where(e => e.Action.StartsWith("timpora.")).OrderBy(e => e.Id)
            .Select(e => e.UserName + " " + e.Action + " " + e.Resource + " " + e.Outcome).ToListAsync();
        Assert.Contains("admin-timpora timpora.member.assign user polri.sanggau agency=Polri timpora=61.05 allowed", lines);
        Assert.Contains("polri.sanggau timpora.roster timpora 61.05 allowed", lines);
        Assert.Contains("polri.sanggau timpora.roster timpora 21.71 refused", lines);
    }

    [Fact]
    public async Task AProvincesMember_ReadsItsRegencies_AndAMovedMemberLosesTheOldSeat()
    {
        var admin = await app.SignedInClientAsync("admin-timpora-2", Roles.Administrator);
        await app.SignedInClientAsync("pemda.kalbar", Roles.TimporaMember, agency: "Pemda");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "pemda.kalbar", agency = "Pemda", areaCode = "61" })).StatusCode);
        var pemda = await app.SignedInClientAsync("pemda.kalbar", Roles.TimporaMember, agency: "Pemda");
        Assert.Equal(HttpStatusCode.OK, (await pemda.GetAsync("/api/timpora/areas/61.05/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pemda.GetAsync("/api/timpora/areas/62.01/members")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "pemda.kalbar", agency = "Pemda", areaCode = "62" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pemda.GetAsync("/api/timpora/areas/61.05/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteCommandAsync(admin, "/api/timpora/members/pemda.kalbar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pemda.GetAsync("/api/timpora/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteCommandAsync(admin, "/api/timpora/members/pemda.kalbar")).StatusCode);
    }

    [Fact]
    public async Task ThePages_ShowAMemberTheirSeat_AndKeepTheAdministrationToAdministrators()
    {
        var admin = await app.SignedInClientAsync("admin-timpora-pages", Roles.Administrator);
        await app.SignedInClientAsync("bp2mi.batam", Roles.TimporaMember, agency: "BP2MI");
        var outsider = await app.SignedInClientAsync("iom.none", Roles.TimporaMember, agency: "IOM");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "bp2mi.batam", agency = "BP2MI", areaCode = "21.71" })).StatusCode);
        var member = await app.SignedInClientAsync("bp2mi.batam", Roles.TimporaMember, agency: "BP2MI");

        var home = await member.GetStringAsync("/timpora");
        Assert.Contains("data-testid=\"timpora-seat\"", home);
        Assert.Contains("21.71", home);
        Assert.Contains("data-testid=\"timpora-not-member\"", await outsider.GetStringAsync("/timpora"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/admin/timpora")).StatusCode);
        var administration = await admin.GetStringAsync("/admin/timpora");
        Assert.Contains("bp2mi.batam", administration);
    }

    [Fact]
    public async Task BadInput_IsAProblemNamingEachField_AndNothingIsStored()
    {
        var admin = await app.SignedInClientAsync("admin-timpora-bad", Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/timpora/members", new { userName = "nobody", agency = "Mafia", areaCode = "6105" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "userName", "agency", "areaCode" })
            Assert.True(errors.TryGetProperty(field, out _), field);

        foreach (var body in new object[]
                 {
                     new { userName = "a\0b", agency = "Polri", areaCode = "61" },
                     new { userName = new string('x', 300), agency = "Polri", areaCode = "61" },
                     new { userName = "admin-timpora-bad", agency = "Polri", areaCode = "61.05.01" },
                 })
        {
            var bad = await admin.PostAsJsonAsync("/api/timpora/members", body);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        }
        var member = await app.SignedInClientAsync("bin.member", Roles.TimporaMember, agency: "BIN");
        var badArea = await member.GetAsync("/api/timpora/areas/x%27;--/members");
        Assert.Equal(HttpStatusCode.BadRequest, badArea.StatusCode);

        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/timpora/members");
        Assert.DoesNotContain(listed.EnumerateArray(), m => m.GetProperty("userName").GetString() is "admin-timpora-bad" or "nobody");
    }

    private static Task<HttpResponseMessage> DeleteCommandAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.Add(Dashboard.Web.Api.CrossSiteGuard.Header, "XMLHttpRequest");
        return client.SendAsync(request);
    }
}
