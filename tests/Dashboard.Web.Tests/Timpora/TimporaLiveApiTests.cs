using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>
/// The live picture of a TIMPORA, attacked as the privacy tests attack the briefing: a member gets their own area only,
/// whatever they ask for, and never a figure the briefing would hide from them for the same period.
/// </summary>
public sealed class TimporaLiveApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd");

    private async Task<HttpClient> AdminAsync()
    {
        // The disclosure world first: it brings Kalimantan Barat with its regencies and the single-case regency.
        await using (var db = await app.GeoAsync())
            await DisclosureWorld.EnsureAsync(db);
        return await TimporaWorld.EnsureAsync(app);
    }

    [Fact]
    public async Task AMemberSeesTheirTimporasFigures_HiddenExactlyAsTheBriefingHidesThem()
    {
        var admin = await AdminAsync();
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.live", "Polri", DisclosureWorld.SingleCaseRegency);
        var quarter = DisclosureWorld.Quarter;

        var live = await polri.GetFromJsonAsync<JsonElement>("/api/timpora/live");
        var briefing = await polri.GetFromJsonAsync<JsonElement>($"/api/briefing/regions?province=61&from={Day(quarter.From)}&to={Day(quarter.To)}");

        Assert.Equal(DisclosureWorld.SingleCaseRegency, live.GetProperty("areaCode").GetString());
        var figures = live.GetProperty("quarter");
        Assert.Equal(quarter.Key, figures.GetProperty("key").GetString());
        var row = briefing.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == DisclosureWorld.SingleCaseRegency);
        foreach (var measure in new[] { "cases", "victims", "minors" })
        {
            Assert.StartsWith("<", figures.GetProperty(measure).GetString());
            Assert.Equal(row.GetProperty(measure).GetString(), figures.GetProperty(measure).GetString());
        }
        Assert.Equal(row.GetProperty("openAlerts").GetString(), live.GetProperty("openAlerts").GetString());
    }

    [Fact]
    public async Task AMemberAskingForAnotherArea_GetsTheirOwn_AndAnAccountWithoutASeatIsRefused()
    {
        var admin = await AdminAsync();
        var tni = await TimporaWorld.MemberAsync(app, admin, "tni.live", "TNI", TimporaWorld.Sanggau);
        var unseated = await app.SignedInClientAsync("bin.live.unseated", Roles.TimporaMember, agency: "BIN");
        var chair = await app.SignedInClientAsync("chair.live", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);

        var asked = await tni.GetFromJsonAsync<JsonElement>($"/api/timpora/live?area={DisclosureWorld.SingleCaseRegency}");
        var refused = await unseated.GetAsync("/api/timpora/live");
        var covered = await chair.GetAsync($"/api/timpora/live?area={TimporaWorld.Sanggau}");
        var notCovered = await chair.GetAsync($"/api/timpora/live?area={DisclosureWorld.SingleCaseRegency}");

        Assert.Equal(TimporaWorld.Sanggau, asked.GetProperty("areaCode").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, covered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notCovered.StatusCode);
    }
}
