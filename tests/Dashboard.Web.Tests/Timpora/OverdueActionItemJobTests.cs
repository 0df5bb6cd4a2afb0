using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Dashboard.Web.Timpora;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>
/// The overdue check on Sanggau's TIMPORA: an item open past its due date is raised once as a medium alert at the
/// regency's seat, naming the agency and the area but not the item's text, and reaches the covering office's feed; an
/// item done in time, or not yet due, raises nothing; running the check again raises nothing twice.
/// </summary>
public sealed class OverdueActionItemJobTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AnOverdueItem_RaisesOneAlertAtTheTimporasSeat_OnceAcrossRuns_AndItemsDoneOrNotDueRaiseNothing()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        await TimporaWorld.MemberAsync(app, admin, "polri.overdue", "Polri", TimporaWorld.Sanggau);
        var tni = await TimporaWorld.MemberAsync(app, admin, "tni.overdue", "TNI", TimporaWorld.Sanggau);
        var chair = await app.SignedInClientAsync("chair.etk.overdue", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var items = await ItemsAsync(chair, [
            ("Polri visits the recruiter's house in Balai Karangan (late).", "polri.overdue", -3),
            ("TNI hands over the post rota (done in time).", "tni.overdue", -2),
            ("TNI joins the night patrol (not yet due).", "tni.overdue", 5),
        ]);
        Assert.Equal(HttpStatusCode.OK, (await tni.PostAsJsonAsync($"/api/timpora/action-items/{items[1]}/status", new { status = "done" })).StatusCode);

        await RunAsync();
        var second = await RunAsync();

        Assert.Equal(0, second);
        await using var db = await app.GeoAsync();
        var keys = items.Select(OverdueActionItemJob.SubjectKey).ToList();
        var alert = Assert.Single(await db.Alerts.AsNoTracking().Where(a => keys.Contains(a.SubjectKey)).ToListAsync());
        Assert.Equal(OverdueActionItemJob.SubjectKey(items[0]), alert.SubjectKey);
        Assert.Equal(AlertRule.OverdueActionItem, alert.Rule);
        Assert.Equal(AlertSeverity.Medium, alert.Severity);
        Assert.Equal("Polri · Kabupaten Sanggau", alert.SubjectName);
        Assert.Equal(3, alert.Count);
        Assert.Equal(("61", "Kabupaten Sanggau", 110.6, 0.12), (alert.ProvinceCode, alert.RegionName, alert.Location.X, alert.Location.Y));
        Assert.Equal((AlertEvidence.TimporaActionItem, items[0]), (Assert.Single(alert.Evidence).Kind, alert.Evidence[0].Id));
        Assert.DoesNotContain("recruiter", alert.SubjectName + alert.RegionName, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("polri.overdue", alert.SubjectName);
        await using var scope = app.Services.CreateAsyncScope();
        var flags = await scope.ServiceProvider.GetRequiredService<TimporaDb>().ActionItems.AsNoTracking()
            .Where(a => items.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.FlaggedOverdueAt).ToListAsync();
        Assert.Equal([true, false, false], flags.Select(f => f is not null));
    }

    [Fact]
    public async Task TheOverdueAlert_ReachesTheCoveringOfficesFeed_AndNotAnotherOfficesWorkingArea()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        await TimporaWorld.MemberAsync(app, admin, "bin.overdue", "BIN", TimporaWorld.Sanggau);
        var chair = await app.SignedInClientAsync("chair.etk.feed", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var elsewhere = await app.SignedInClientAsync("planner.btm.feed", Roles.PatrolPlanner, officeCode: TimporaWorld.OtherOffice);
        var item = (await ItemsAsync(chair, [("BIN shares the broker's phone numbers (late).", "bin.overdue", -1)]))[0];

        await RunAsync();

        long alertId;
        await using (var db = await app.GeoAsync())
            alertId = await db.Alerts.Where(a => a.SubjectKey == OverdueActionItemJob.SubjectKey(item)).Select(a => a.Id).SingleAsync();
        Assert.Contains(alertId, await IdsAsync(chair, "/api/alerts"));
        Assert.DoesNotContain(alertId, await IdsAsync(elsewhere, "/api/alerts"));
        Assert.Contains(alertId, await IdsAsync(elsewhere, "/api/alerts?scope=national"));
    }

    /// <summary>A meeting of Sanggau's TIMPORA with these items; their ids in the same order.</summary>
    private static async Task<List<long>> ItemsAsync(HttpClient chair, (string Text, string Owner, int Due)[] items)
    {
        var meeting = await chair.PostAsJsonAsync($"/api/timpora/areas/{TimporaWorld.Sanggau}/meetings",
            new { heldOn = TimporaWorld.Day(-20), place = "Aula Kantor Imigrasi Entikong", attendees = items.Select(i => i.Owner).Distinct().ToArray(), clientKey = Guid.NewGuid() });
        Assert.True(meeting.IsSuccessStatusCode, await meeting.Content.ReadAsStringAsync());
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var ids = new List<long>();
        foreach (var (text, owner, due) in items)
        {
            var added = await chair.PostAsJsonAsync($"/api/timpora/meetings/{meetingId}/action-items", new { text, owner, dueOn = TimporaWorld.Day(due) });
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
            ids.Add((await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actionItems").EnumerateArray()
                .Single(i => i.GetProperty("text").GetString() == text).GetProperty("id").GetInt64());
        }
        return ids;
    }

    private async Task<int> RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueActionItemJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
    }
}
