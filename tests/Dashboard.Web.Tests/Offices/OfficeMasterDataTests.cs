using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Offices;

/// <summary>
/// An office keeps the crossings and assisted villages of its own working area and cannot touch a neighbour's:
/// through the API, the import and on an empty database without the demo.
/// </summary>
public sealed class OfficeMasterDataTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const string Office = "KANIM-MDT";

    [Fact]
    public async Task AnOfficesPlanner_KeepsItsOwnArea_AndIsRefusedANeighboursCrossingsAndVillages()
    {
        await OfficeAsync();
        var hq = await app.SignedInClientAsync("hq-mdt", Roles.HqAnalyst);
        var planner = await app.SignedInClientAsync("planner-mdt", Roles.PatrolPlanner, officeCode: Office);
        var own = await VillageCodeAsync("61.03.");
        var neighbour = await VillageCodeAsync("61.01.");
        var mentor = await app.UserIdAsync("planner-mdt");

        var ownCrossing = await planner.PostAsJsonAsync("/api/crossings", Crossing("PLBN-MDT-OWN", "61.03", 110.36, 0.99));
        var otherCrossing = await planner.PostAsJsonAsync("/api/crossings", Crossing("PLBN-MDT-OTHER", "61.01", 109.6, 1.6));
        var hqCrossing = await hq.PostAsJsonAsync("/api/crossings", Crossing("PLBN-MDT-HQ", "61.01", 109.6, 1.6));
        var moved = await planner.PutAsJsonAsync("/api/crossings/PLBN-MDT-OWN", Crossing("PLBN-MDT-OWN", "61.01", 109.6, 1.6));
        var retireOther = await planner.PostAsJsonAsync("/api/crossings/PLBN-MDT-HQ/retire", new { reason = "bukan milik kami" });
        var ownVillage = await planner.PostAsJsonAsync("/api/villages", new { villageCode = own, longitude = 110.36, latitude = 1.0, launchedOn = "2025-03-01", mentorUserId = mentor });
        var otherVillage = await planner.PostAsJsonAsync("/api/villages", new { villageCode = neighbour, longitude = 109.6, latitude = 1.6, launchedOn = "2025-03-01", mentorUserId = mentor });

        Assert.Equal(HttpStatusCode.Created, ownCrossing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, hqCrossing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ownVillage.StatusCode);
        await AssertOutsideAsync(otherCrossing, "regencyCode", "61.01");
        await AssertOutsideAsync(moved, "regencyCode", "61.01");
        await AssertOutsideAsync(retireOther, "regencyCode", "61.01");
        await AssertOutsideAsync(otherVillage, "villageCode", "61.01");
        await using var db = await app.GeoAsync();
        Assert.False(await db.BorderCrossings.AnyAsync(c => c.Code == "PLBN-MDT-OTHER"));
        Assert.Equal("61.03", (await db.BorderCrossings.SingleAsync(c => c.Code == "PLBN-MDT-OWN")).RegencyCode);
        Assert.Null((await db.BorderCrossings.SingleAsync(c => c.Code == "PLBN-MDT-HQ")).RetiredAt);
        Assert.False(await db.AssistedVillages.AnyAsync(v => v.VillageCode == neighbour));
        Assert.Equal("planner-mdt", (await db.BorderCrossings.SingleAsync(c => c.Code == "PLBN-MDT-OWN")).ChangedBy);
    }

    [Fact]
    public async Task AnImport_RefusesTheRowsOutsideTheArea_AndStoresNothing()
    {
        await OfficeAsync();
        var planner = await app.SignedInClientAsync("planner-mdt-import", Roles.PatrolPlanner, officeCode: Office);
        var csv = Encoding.UTF8.GetBytes("""
            code,name,kind,office,regencyCode,longitude,latitude
            PLBN-MDTI-1,PLBN Sendiri,LandBorderPost,Kanim Uji,61.03,110.36,0.99
            PLBN-MDTI-2,PLBN Tetangga,LandBorderPost,Kanim Sambas,61.01,109.6,1.6

            """);
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crossings/import?dryRun=false") { Content = content };
        request.Headers.Add(CrossSiteGuard.Header, "XMLHttpRequest");

        var response = await planner.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body);
        using var problem = JsonDocument.Parse(body);
        Assert.Contains("outside your office's working area", problem.RootElement.GetProperty("errors").GetProperty("rows[3].regencyCode")[0].GetString());
        Assert.False(problem.RootElement.GetProperty("errors").TryGetProperty("rows[2].regencyCode", out _));
        await using var db = await app.GeoAsync();
        Assert.False(await db.BorderCrossings.AnyAsync(c => c.Code.StartsWith("PLBN-MDTI")));
    }

    [Fact]
    public async Task APlannerWithoutAnOffice_ChangesNothing_AndAFieldOfficerIsNotAllowedAtAll()
    {
        await OfficeAsync();
        var loose = await app.SignedInClientAsync("planner-mdt-loose", Roles.PatrolPlanner);
        var officer = await app.SignedInClientAsync("officer-mdt", Roles.FieldOfficer, officeCode: Office);

        var refused = await loose.PostAsJsonAsync("/api/crossings", Crossing("PLBN-MDT-LOOSE", "61.03", 110.36, 0.99));
        var forbidden = await officer.PostAsJsonAsync("/api/crossings", Crossing("PLBN-MDT-OFFICER", "61.03", 110.36, 0.99));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("no working area", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static object Crossing(string code, string regency, double lon, double lat) => new
    {
        code, name = code, kind = "LandBorderPost", office = "Kanim Uji", regencyCode = regency, longitude = lon, latitude = lat,
    };

    private static async Task AssertOutsideAsync(HttpResponseMessage response, string field, string regency)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, body);
        using var problem = JsonDocument.Parse(body);
        var message = problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains(regency, message);
        Assert.Contains("61.03", message);
    }

    private async Task<string> VillageCodeAsync(string regencyPrefix)
    {
        await using var db = await app.GeoAsync();
        return await db.GazetteerAreas.Where(a => a.Level == Geo.Gazetteer.GazetteerLevel.Village && a.Code.StartsWith(regencyPrefix))
            .OrderBy(a => a.Code).Select(a => a.Code).FirstAsync();
    }

    private async Task OfficeAsync()
    {
        var admin = await app.SignedInClientAsync("admin-mdt", Roles.Administrator);
        var office = await admin.PutAsJsonAsync($"/api/admin/offices/{Office}", new { name = "Kantor Imigrasi Uji", kind = "Kanim", regencyCodes = new[] { "61.03" } });
        Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
    }
}
