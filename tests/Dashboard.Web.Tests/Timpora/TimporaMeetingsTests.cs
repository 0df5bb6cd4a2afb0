using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Dashboard.Web.Timpora;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>
/// A TIMPORA meeting chaired by the covering immigration office: attendees from the roster, a decision, an action item
/// for the Polri member, who marks it done; the next meeting opens with what is still open; overdue items flagged.
/// </summary>
public sealed class TimporaMeetingsTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AnOverdueItem_IsFlaggedToEveryMemberOfItsAgency_InThatTimporaOnly()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var owner = await TimporaWorld.MemberAsync(app, admin, "tni.od.owner", "TNI", TimporaWorld.Batam);
        var colleague = await TimporaWorld.MemberAsync(app, admin, "tni.od.colleague", "TNI", TimporaWorld.Batam);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.od", "Polri", TimporaWorld.Batam);
        var tniElsewhere = await TimporaWorld.MemberAsync(app, admin, "tni.od.sanggau", "TNI", TimporaWorld.Sanggau);
        var unseated = await app.SignedInClientAsync("bp2mi.od.unseated", Roles.TimporaMember, agency: "BP2MI");
        // Batam's TIMPORA, so the Sanggau meetings of the other tests carry nothing of this one.
        var chair = await app.SignedInClientAsync("chair.btm.od", Roles.PatrolPlanner, officeCode: TimporaWorld.OtherOffice);
        var meeting = await chair.PostAsJsonAsync($"/api/timpora/areas/{TimporaWorld.Batam}/meetings",
            new { heldOn = TimporaWorld.Day(-30), place = "Aula", attendees = new[] { "tni.od.owner", "polri.od" }, clientKey = Guid.NewGuid() });
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        foreach (var (text, who, due) in new[] { ("TNI hands over the post rota (od).", "tni.od.owner", -3), ("TNI joins the night patrol (od).", "tni.od.owner", 10), ("Polri checks the recruiter address (od).", "polri.od", -2) })
        {
            var added = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items", new { text, owner = who, dueOn = TimporaWorld.Day(due) });
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }

        static async Task<List<string>> TextsAsync(HttpClient client) =>
            [.. (await client.GetFromJsonAsync<JsonElement>("/api/timpora/action-items/agency-overdue")).EnumerateArray()
                .Select(i => i.GetProperty("text").GetString()!).Where(t => t.EndsWith("(od).", StringComparison.Ordinal))];

        Assert.Equal(["TNI hands over the post rota (od)."], await TextsAsync(colleague));
        Assert.Equal(["TNI hands over the post rota (od)."], await TextsAsync(owner));
        Assert.Equal(["Polri checks the recruiter address (od)."], await TextsAsync(polri));
        Assert.Empty(await TextsAsync(tniElsewhere));
        Assert.Equal(HttpStatusCode.Forbidden, (await unseated.GetAsync("/api/timpora/action-items/agency-overdue")).StatusCode);
        Assert.Contains(await Screening.ScreeningFixture.LinesAsync(app, "tni.od.colleague"),
            l => l.Action == TimporaAgencyOverdue.ReadAction && l.Rows >= 1);
    }

    [Fact]
    public async Task TheChairRecordsAMeeting_TheOwnerMarksTheirItemDone_AndTheNextMeetingCarriesWhatIsOpen()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.meets", "Polri", TimporaWorld.Sanggau);
        var tni = await TimporaWorld.MemberAsync(app, admin, "tni.meets", "TNI", TimporaWorld.Sanggau);
        var outsider = await TimporaWorld.MemberAsync(app, admin, "bin.batam.meets", "BIN", TimporaWorld.Batam);
        var chair = await app.SignedInClientAsync("chair.etk", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var elsewhere = await app.SignedInClientAsync("chair.btm", Roles.PatrolPlanner, officeCode: TimporaWorld.OtherOffice);

        var body = new { heldOn = TimporaWorld.Day(-20), place = "Aula Kantor Imigrasi Entikong", attendees = new[] { "polri.meets", "tni.meets" }, minutes = "Looked at the crossings of the past month.", clientKey = Guid.NewGuid() };
        var opened = await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", body);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        var meeting = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var meetingId = meeting.GetProperty("id").GetInt64();
        // The chair's double click is one meeting.
        Assert.Equal(meetingId, (await (await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());

        var decided = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/decisions", new { text = "Joint check of the rat routes near Balai Karangan." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decisionId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisions")[0].GetProperty("id").GetInt64();
        var withItems = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items",
            new { text = "Polri patrols the Balai Karangan routes twice a week.", owner = "polri.meets", dueOn = TimporaWorld.Day(-19 + 14), decisionId });
        Assert.True(withItems.StatusCode == HttpStatusCode.OK, await withItems.Content.ReadAsStringAsync());
        var overdueItem = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items",
            new { text = "TNI shares the border post rota.", owner = "tni.meets", dueOn = TimporaWorld.Day(-5) });
        var items = (await overdueItem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actionItems");
        var polriItem = items[0].GetProperty("id").GetInt64();
        var tniItem = items[1];
        Assert.Equal("TNI", tniItem.GetProperty("ownerAgency").GetString());
        Assert.True(tniItem.GetProperty("overdue").GetBoolean());

        // The Polri member sees their own item, and only theirs; marks it done; may not touch TNI's.
        var mine = await polri.GetFromJsonAsync<JsonElement>("/api/timpora/action-items/mine");
        Assert.Equal(polriItem, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.PostAsJsonAsync($"/api/timpora/action-items/{tniItem.GetProperty("id").GetInt64()}/status", new { status = "done" })).StatusCode);
        var done = await polri.PostAsJsonAsync($"/api/timpora/action-items/{polriItem}/status", new { status = "done" });
        Assert.Equal("Done", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Members read their TIMPORA's meetings but do not chair; others are refused.
        Assert.Equal(HttpStatusCode.OK, (await polri.GetAsync("/api/timpora/areas/61.05/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/decisions", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", body with { clientKey = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/api/timpora/areas/61.05/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync("/api/timpora/areas/61.05/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items",
            new { text = "x", owner = "polri.meets", dueOn = TimporaWorld.Day(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync($"/api/timpora/action-items/{polriItem}/status", new { status = "open" })).StatusCode);

        // The next meeting opens with the items still open (TNI's, overdue) and the one done since the last.
        var next = await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", new { heldOn = TimporaWorld.Day(0), place = "Kantor Bupati Sanggau", attendees = new[] { "polri.meets" } });
        var carried = (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("carriedOver").EnumerateArray().ToList();
        Assert.Equal(2, carried.Count);
        Assert.Contains(carried, c => c.GetProperty("owner").GetString() == "tni.meets" && c.GetProperty("overdue").GetBoolean());
        Assert.Contains(carried, c => c.GetProperty("owner").GetString() == "polri.meets" && c.GetProperty("status").GetString() == "Done");
        var listed = await polri.GetFromJsonAsync<JsonElement>("/api/timpora/areas/61.05/meetings");
        Assert.Equal(2, listed.GetArrayLength());

        // The record for the secretariat: for both sides, not for other TIMPORAs; a formula is defused.
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/decisions", new { text = "=HYPERLINK(\"x\")" })).StatusCode);
        var record = await polri.GetAsync($"/api/timpora/meetings/{meetingId}/record.csv");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Equal("text/csv", record.Content.Headers.ContentType?.MediaType);
        var csv = await record.Content.ReadAsStringAsync();
        Assert.Contains("decision,1,Joint check of the rat routes near Balai Karangan.", csv);
        Assert.Contains("action_item,2,TNI shares the border post rota.,tni.meets,TNI,", csv);
        Assert.Contains("Polri member polri.meets", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/timpora/meetings/{meetingId}/record.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chair.GetAsync("/api/timpora/meetings/987654/record.csv")).StatusCode);

        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        var lines = await audit.AccessEvents.Where(e => e.Action.StartsWith("timpora.")).OrderBy(e => e.Id)
            .Select(e => e.UserName + " " + e.Action + " " + e.Resource + " " + e.Outcome).ToListAsync();
        Assert.Contains($"chair.etk timpora.meeting.open timpora 61.05 meeting {meetingId} attendees=2 allowed", lines);
        Assert.Contains($"chair.etk timpora.decision.add timpora 61.05 meeting {meetingId} allowed", lines);
        Assert.Contains($"polri.meets timpora.action-item.status timpora 61.05 action-item {polriItem} done allowed", lines);
        Assert.Contains($"polri.meets timpora.decision.add timpora 61.05 meeting {meetingId} refused", lines);
        Assert.Contains("bin.batam.meets timpora.meetings.list timpora 61.05 refused", lines);
        Assert.Contains("polri.meets timpora.action-items.mine user polri.meets allowed", lines);
    }

    [Fact]
    public async Task BadInput_IsAProblemNamingTheField()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        await TimporaWorld.MemberAsync(app, admin, "polri.meets.bad", "Polri", TimporaWorld.Sanggau);
        await TimporaWorld.MemberAsync(app, admin, "tni.batam.bad", "TNI", TimporaWorld.Batam);
        var chair = await app.SignedInClientAsync("chair.etk.bad", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var good = new Dictionary<string, object?> { ["heldOn"] = TimporaWorld.Day(0), ["place"] = "Aula", ["attendees"] = new[] { "polri.meets.bad" } };
        foreach (var (field, value) in new (string, object?)[]
                 {
                     ("heldOn", "tomorrow"), ("heldOn", TimporaWorld.Day(400)), ("heldOn", null), ("place", ""), ("place", new string('p', 201)),
                     ("attendees", Array.Empty<string>()), ("attendees", new[] { "tni.batam.bad" }), ("attendees", new[] { "nobody" }),
                     ("minutes", "a\u0001b"),
                 })
        {
            var response = await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", new Dictionary<string, object?>(good) { [field] = value });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        var meetingId = (await (await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", good)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var itemGood = new Dictionary<string, object?> { ["text"] = "Check", ["owner"] = "polri.meets.bad", ["dueOn"] = TimporaWorld.Day(7) };
        foreach (var (field, value) in new (string, object?)[]
                 {
                     ("text", ""), ("owner", "tni.batam.bad"), ("owner", null), ("dueOn", TimporaWorld.Day(-3)), ("dueOn", "soon"), ("decisionId", 999999),
                 })
        {
            var response = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items", new Dictionary<string, object?>(itemGood) { [field] = value });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {response.StatusCode}");
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        var decision = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/decisions", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, decision.StatusCode);
        var item = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items", itemGood);
        var itemId = (await item.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actionItems")[0].GetProperty("id").GetInt64();
        foreach (var status in new[] { "finished", "1", "" })
        {
            var response = await chair.PostAsJsonAsync($"/api/timpora/action-items/{itemId}/status", new { status });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("status", out _));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await chair.PostAsJsonAsync("/api/timpora/meetings/987654/decisions", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chair.PostAsJsonAsync("/api/timpora/action-items/987654/status", new { status = "done" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await chair.GetAsync("/api/timpora/areas/61-05/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/timpora/action-items/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/timpora/areas/61.05/meetings")).StatusCode);
    }

    [Fact]
    public async Task ThePages_ShowTheMeetingAndTheMembersOwnItems()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.meets.page", "Polri", TimporaWorld.Sanggau);
        var chair = await app.SignedInClientAsync("chair.etk.page", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var meeting = await (await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings",
            new { heldOn = TimporaWorld.Day(0), place = "Ruang Rapat Polres Sanggau", attendees = new[] { "polri.meets.page" } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/timpora/meetings/{meeting.GetProperty("id").GetInt64()}/action-items",
            new { text = "Visit the recruiter's registered office.", owner = "polri.meets.page", dueOn = TimporaWorld.Day(10) })).StatusCode);

        Assert.Contains("Visit the recruiter&#x27;s registered office.", await polri.GetStringAsync("/timpora"));
        var meetings = await polri.GetStringAsync("/timpora/meetings");
        Assert.Contains("Ruang Rapat Polres Sanggau", meetings);
        Assert.DoesNotContain("data-testid=\"timpora-open-meeting\"", meetings);
        Assert.Contains("data-testid=\"timpora-open-meeting\"", await chair.GetStringAsync("/timpora/meetings?area=61.05"));
    }
}
