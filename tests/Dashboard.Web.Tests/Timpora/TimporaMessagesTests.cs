using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>
/// Warnings and requests both ways in TIMPORA Sanggau: a Polri member warns, the covering immigration office sees,
/// acknowledges and answers, an alert reaches the live feed; other offices and other TIMPORAs are refused and audited.
/// </summary>
public sealed class TimporaMessagesTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task APartnersWarning_ReachesTheCoveringOffice_RaisesAnAlert_AndTheMemberSeesTheAnswer()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.warns", "Polri", TimporaWorld.Sanggau);
        var tni = await TimporaWorld.MemberAsync(app, admin, "tni.batam.msg", "TNI", TimporaWorld.Batam);
        var covering = await app.SignedInClientAsync("planner.etk", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var elsewhere = await app.SignedInClientAsync("planner.btm", Roles.PatrolPlanner, officeCode: TimporaWorld.OtherOffice);
        var hq = await app.SignedInClientAsync("analis.timpora", Roles.HqAnalyst);

        var body = new
        {
            kind = "warning", category = "crossing", text = "A network moving workers through PLBN Entikong this week; tighten interviews.",
            placeCode = "61.05", grade = "b2", validUntil = Today(7), clientKey = Guid.NewGuid(),
        };
        var sent = await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages", body);
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var message = JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement;
        var id = message.GetProperty("id").GetInt64();
        Assert.Equal("B2", message.GetProperty("grade").GetString());
        Assert.False(message.GetProperty("toMembers").GetBoolean());
        // The same submission again (a phone's retry) is the same message.
        var again = await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages", body);
        Assert.Equal(id, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());

        // The alert: in the live feed, at Sanggau's seat, without the free text.
        var alertId = message.GetProperty("alertId").GetInt64();
        await using (var geo = await app.GeoAsync())
        {
            var alert = await geo.Alerts.SingleAsync(a => a.Id == alertId);
            Assert.Equal(AlertRule.PartnerWarning, alert.Rule);
            Assert.Equal(AlertSeverity.High, alert.Severity);
            Assert.Equal("61", alert.ProvinceCode);
            Assert.DoesNotContain("Entikong", alert.SubjectName);
            Assert.Equal(1, await geo.Alerts.CountAsync(a => a.Rule == AlertRule.PartnerWarning && a.SubjectKey == $"timpora:{id}"));
        }
        var feed = await hq.GetFromJsonAsync<JsonElement>("/api/alerts?scope=national");
        Assert.Contains(feed.EnumerateArray(), a => a.GetProperty("id").GetInt64() == alertId);

        Assert.Contains(await IdsAsync(covering, "/api/timpora/areas/61.05/messages"), i => i == id);
        Assert.Contains(await IdsAsync(covering, "/api/timpora/messages/mine"), i => i == id);
        Assert.Contains(await IdsAsync(hq, "/api/timpora/messages/mine"), i => i == id);
        Assert.DoesNotContain(await IdsAsync(elsewhere, "/api/timpora/messages/mine"), i => i == id);
        Assert.DoesNotContain(await IdsAsync(tni, "/api/timpora/messages/mine"), i => i == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync("/api/timpora/areas/61.05/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostCommandAsync($"/api/timpora/messages/{id}/acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tni.GetAsync("/api/timpora/areas/61.05/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tni.PostAsJsonAsync("/api/timpora/areas/61.05/messages", body with { clientKey = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tni.PostAsJsonAsync($"/api/timpora/messages/{id}/answer", new { answer = "x" })).StatusCode);
        // The sender does not answer its own warning.
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.PostCommandAsync($"/api/timpora/messages/{id}/acknowledge")).StatusCode);

        var acknowledged = await covering.PostCommandAsync($"/api/timpora/messages/{id}/acknowledge");
        Assert.Equal("Acknowledged", (await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var answered = await covering.PostAsJsonAsync($"/api/timpora/messages/{id}/answer", new { answer = "Interviews tightened at PLBN Entikong from today." });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var seen = (await polri.GetFromJsonAsync<JsonElement>("/api/timpora/areas/61.05/messages")).EnumerateArray().Single(m => m.GetProperty("id").GetInt64() == id);
        Assert.Equal("Answered", seen.GetProperty("status").GetString());
        Assert.Equal("Interviews tightened at PLBN Entikong from today.", seen.GetProperty("answer").GetString());
        Assert.Equal("Imigrasi", seen.GetProperty("answererAgency").GetString());

        var lines = await AuditAsync();
        Assert.Contains($"polri.warns timpora.message.send timpora 61.05 message {id} warning crossing allowed", lines);
        Assert.Contains("planner.etk timpora.messages.list timpora 61.05 allowed", lines);
        Assert.Contains("planner.btm timpora.messages.list timpora 61.05 refused", lines);
        Assert.Contains($"planner.btm timpora.message.acknowledge timpora 61.05 message {id} refused", lines);
        Assert.Contains("tni.batam.msg timpora.message.send timpora 61.05 refused", lines);
        Assert.Contains($"planner.etk timpora.message.answer timpora 61.05 message {id} allowed", lines);
        Assert.Contains(lines, l => l.StartsWith("tni.batam.msg access.refused GET /api/timpora/areas/61.05/messages 403", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImmigrationsRequest_GoesToTheMembers_WhoAnswerIt_WithoutAnAlert()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var pemda = await TimporaWorld.MemberAsync(app, admin, "pemda.sanggau", "Pemda", TimporaWorld.Sanggau);
        var covering = await app.SignedInClientAsync("kanim.etk.staff", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);

        var sent = await covering.PostAsJsonAsync("/api/timpora/areas/61.05/messages",
            new { kind = "request", category = "recruitment", text = "Please check the recruiter's address reported in Balai Karangan." });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var message = await sent.Content.ReadFromJsonAsync<JsonElement>();
        var id = message.GetProperty("id").GetInt64();
        Assert.True(message.GetProperty("toMembers").GetBoolean());
        Assert.Equal(JsonValueKind.Null, message.GetProperty("alertId").ValueKind);
        // Immigration does not answer its own request; the member does.
        Assert.Equal(HttpStatusCode.Forbidden, (await covering.PostAsJsonAsync($"/api/timpora/messages/{id}/answer", new { answer = "x" })).StatusCode);
        Assert.Contains(await IdsAsync(pemda, "/api/timpora/messages/mine"), i => i == id);
        var answered = await pemda.PostAsJsonAsync($"/api/timpora/messages/{id}/answer", new { answer = "Checked: the office is closed since October." });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var view = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Answered", view.GetProperty("status").GetString());
        Assert.Equal("Pemda", view.GetProperty("answererAgency").GetString());
        // Answering again with the same words changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await pemda.PostAsJsonAsync($"/api/timpora/messages/{id}/answer", new { answer = "Checked: the office is closed since October." })).StatusCode);
        // Another office's staff may not send into Sanggau's TIMPORA.
        var elsewhere = await app.SignedInClientAsync("kanim.btm.staff", Roles.PatrolPlanner, officeCode: TimporaWorld.OtherOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostAsJsonAsync("/api/timpora/areas/61.05/messages",
            new { kind = "request", category = "other", text = "x" })).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsAProblemNamingTheField_Unsigned401_UnknownMessage404()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.bad", "Polri", TimporaWorld.Sanggau);
        var covering = await app.SignedInClientAsync("planner.etk.bad", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var good = new Dictionary<string, object?> { ["kind"] = "warning", ["category"] = "network", ["text"] = "Something seen." };
        foreach (var (field, value) in new (string, object?)[]
                 {
                     ("kind", "rumour"), ("kind", "1"), ("kind", null), ("category", "gossip"), ("text", ""), ("text", "a\0b"),
                     ("text", new string('x', 2001)), ("placeCode", "21.71"), ("placeCode", "61.05.x"), ("grade", "G7"),
                     ("validUntil", Today(-1)), ("validUntil", Today(200)), ("validUntil", "next week"),
                 })
        {
            var body = new Dictionary<string, object?>(good) { [field] = value };
            var response = await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}={value}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"{field}={value}");
        }
        var empty = await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await polri.GetAsync("/api/timpora/areas/6105/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await covering.PostCommandAsync("/api/timpora/messages/987654/acknowledge")).StatusCode);

        var sent = await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages", good);
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var badAnswer = await covering.PostAsJsonAsync($"/api/timpora/messages/{id}/answer", new { answer = "" });
        Assert.Equal(HttpStatusCode.BadRequest, badAnswer.StatusCode);
        Assert.True(JsonDocument.Parse(await badAnswer.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("answer", out _));

        var anonymous = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/timpora/areas/61.05/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/timpora/messages/mine")).StatusCode);
    }

    [Fact]
    public async Task TheHomePage_ShowsTheMemberTheFormWithTheReminder_AndTheirTimporasMessages()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.page", "Polri", TimporaWorld.Sanggau);
        Assert.Equal(HttpStatusCode.OK, (await polri.PostAsJsonAsync("/api/timpora/areas/61.05/messages",
            new { kind = "warning", category = "departure", text = "Minibus departures at night from the market." })).StatusCode);
        var page = await polri.GetStringAsync("/timpora");
        Assert.Contains("data-testid=\"timpora-no-names\"", page);
        Assert.Contains("Minibus departures at night from the market.", page);
        var covering = await app.SignedInClientAsync("planner.etk.page", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        Assert.Contains("Minibus departures at night from the market.", await covering.GetStringAsync("/timpora"));
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {text}");
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(m => m.GetProperty("id").GetInt64())];
    }

    private async Task<List<string>> AuditAsync()
    {
        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        return await audit.AccessEvents.Where(e => e.Action.StartsWith("timpora.") || e.Action == AuditedRefusals.Action).OrderBy(e => e.Id)
            .Select(e => e.UserName + " " + e.Action + " " + e.Resource + " " + e.Outcome).ToListAsync();
    }
}
