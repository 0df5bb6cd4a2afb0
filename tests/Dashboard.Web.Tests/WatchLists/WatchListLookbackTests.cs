using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Dashboard.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.WatchLists;

/// <summary>
/// The rules' look-backs are watch-list values too: a version that looks back 3 days lets a case reported 5 days ago
/// pass without an alert, the next version at 14 days raises it, and a version that leaves them out keeps them.
/// </summary>
public sealed class WatchListLookbackTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task TheCaseLookBack_IsSavedAsAVersion_AndTakesEffectAtTheNextEvaluation()
    {
        await CaseWorld.EnsureAsync(app);
        var analyst = await app.SignedInClientAsync("analis-lookback", Roles.HqAnalyst);
        var officer = await app.SignedInClientAsync("petugas-lookback", Roles.FieldOfficer);
        object Thresholds(int? caseDays, string note) => new
        {
            watchedDestinations = new[] { "TW" }, offloadingClusterSize = 3, offloadingWindowHours = 24, ratRouteDistanceKm = 5.0, credibleWeight = 0.36,
            caseLookbackDays = caseDays, reportLookbackHours = caseDays is null ? (int?)null : 48, note,
        };

        var shortSave = await analyst.PutAsJsonAsync("/api/watch-lists/thresholds", Thresholds(3, "three days while the backlog is cleared"));
        var early = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/LOOKBACK/1", destination: "TW", minors: 1, reportedOn: DaysAgo(5)));
        var longSave = await analyst.PutAsJsonAsync("/api/watch-lists/thresholds", Thresholds(14, "two weeks again"));
        var late = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/LOOKBACK/2", destination: "TW", minors: 1, reportedOn: DaysAgo(5)));
        var kept = await analyst.PutAsJsonAsync("/api/watch-lists/thresholds", Thresholds(null, "only the destinations touched"));
        var tooLong = await analyst.PutAsJsonAsync("/api/watch-lists/thresholds", Thresholds(400, "a year and more"));
        var read = await analyst.GetFromJsonAsync<JsonElement>("/api/watch-lists");

        Assert.Equal(HttpStatusCode.OK, shortSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, longSave.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("caseLookbackDays", out _));
        var current = read.GetProperty("current");
        Assert.Equal((await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64(), current.GetProperty("version").GetInt64());
        Assert.Equal((14, 48), (current.GetProperty("caseLookbackDays").GetInt32(), current.GetProperty("reportLookbackHours").GetInt32()));
        Assert.Equal(21, current.GetProperty("earlyWarningLookbackDays").GetInt32()); // never saved: the deployment's setting
        var ids = new[] { await IdAsync(early), await IdAsync(late) };
        await using var db = await app.GeoAsync();
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.Rule == AlertRule.MinorsToWatchedDestination && (a.SubjectKey == $"case:{ids[0]}" || a.SubjectKey == $"case:{ids[1]}")).ToListAsync();
        Assert.Equal($"case:{ids[1]}", Assert.Single(alerts).SubjectKey);
    }

    private static async Task<long> IdAsync(HttpResponseMessage created)
    {
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }
}
