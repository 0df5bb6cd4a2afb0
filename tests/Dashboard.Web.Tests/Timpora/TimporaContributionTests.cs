using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>Each agency's figures in TIMPORA Sanggau: the chair sees every agency, a partner's member only their own.</summary>
public sealed class TimporaContributionTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task TheChairSeesEveryAgency_AMemberOnlyTheirOwn_AnotherTimporaIsRefused()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.counts", "Polri", TimporaWorld.Sanggau);
        await TimporaWorld.MemberAsync(app, admin, "dinsos.counts", "Dinsos", TimporaWorld.Sanggau);
        var outsider = await TimporaWorld.MemberAsync(app, admin, "bp2mi.batam.counts", "BP2MI", TimporaWorld.Batam);
        var chair = await app.SignedInClientAsync("chair.etk.counts", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);

        foreach (var text in new[] { "First warning.", "Second warning." })
            Assert.Equal(HttpStatusCode.OK, (await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages", new { kind = "warning", category = "network", text })).StatusCode);
        var first = (await polri.GetFromJsonAsync<JsonElement>("/api/timpora/areas/61.05/messages")).EnumerateArray().First(m => m.GetProperty("text").GetString() == "First warning.");
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/timpora/messages/{first.GetProperty("id").GetInt64()}/answer", new { answer = "Done." })).StatusCode);
        var meeting = await (await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings",
            new { heldOn = TimporaWorld.Day(0), place = "Aula", attendees = new[] { "polri.counts", "dinsos.counts" } })).Content.ReadFromJsonAsync<JsonElement>();
        var item = await (await chair.PostAsJsonAsync($"/api/timpora/meetings/{meeting.GetProperty("id").GetInt64()}/action-items",
            new { text = "Check the shelter's intake.", owner = "polri.counts", dueOn = TimporaWorld.Day(3) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await polri.PostAsJsonAsync($"/api/timpora/action-items/{item.GetProperty("actionItems")[0].GetProperty("id").GetInt64()}/status", new { status = "done" })).StatusCode);

        var all = await chair.GetFromJsonAsync<JsonElement>("/api/timpora/areas/61.05/contribution");
        var rows = all.GetProperty("agencies").EnumerateArray().ToDictionary(r => r.GetProperty("agency").GetString()!);
        Assert.Equal(["Dinsos", "Imigrasi", "Polri"], rows.Keys.Order());
        Assert.Equal(2, rows["Polri"].GetProperty("sent").GetInt32());
        Assert.Equal(1, rows["Polri"].GetProperty("sentAnswered").GetInt32());
        Assert.Equal(1, rows["Polri"].GetProperty("actionItems").GetInt32());
        Assert.Equal(1, rows["Polri"].GetProperty("doneOnTime").GetInt32());
        Assert.Equal(1, rows["Imigrasi"].GetProperty("answered").GetInt32());
        Assert.Equal(JsonValueKind.Number, rows["Imigrasi"].GetProperty("medianAnswerHours").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows["Dinsos"].GetProperty("medianAnswerHours").ValueKind);

        var own = await polri.GetFromJsonAsync<JsonElement>("/api/timpora/areas/61.05/contribution");
        Assert.Equal("Polri", Assert.Single(own.GetProperty("agencies").EnumerateArray()).GetProperty("agency").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/api/timpora/areas/61.05/contribution")).StatusCode);

        foreach (var (query, field) in new[] { ("from=yesterday", "from"), ("to=2026-13-01", "to"), ($"from={TimporaWorld.Day(1)}&to={TimporaWorld.Day(0)}", "from") })
        {
            var bad = await chair.GetAsync($"/api/timpora/areas/61.05/contribution?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True(JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _), query);
        }
        Assert.Contains("data-testid=\"timpora-contribution\"", await chair.GetStringAsync("/timpora/meetings?area=61.05"));
    }
}
