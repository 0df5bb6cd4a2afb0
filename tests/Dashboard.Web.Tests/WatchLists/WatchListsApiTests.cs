using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Dashboard.Web.Tests.Cases;
using Dashboard.Web.WatchLists;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.WatchLists;

/// <summary>The watch lists kept by headquarters: a saved version changes what the next rule evaluation raises, and says so.</summary>
public sealed class WatchListsApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static object Thresholds(string[] destinations, string note = "Taiwan added after the fishing-vessel cases.", int cluster = 3) => new
    {
        watchedDestinations = destinations, offloadingClusterSize = cluster, offloadingWindowHours = 24, ratRouteDistanceKm = 5.0, credibleWeight = 0.36, note,
    };

    [Fact]
    public async Task ANewVersionOfTheWatchedDestinations_TakesEffectAtTheNextEvaluation_AndTheAlertNamesIt()
    {
        await CaseWorld.EnsureAsync(app);
        var analyst = await app.SignedInClientAsync("analis-watch", Roles.HqAnalyst);
        var officer = await app.SignedInClientAsync("petugas-watch", Roles.FieldOfficer);
        object Case(string reference) => CaseWorld.Case(reference, destination: "TW", minors: 2);

        var before = await officer.PostAsJsonAsync("/api/cases", Case("LP/WATCH/1"));
        var initial = await analyst.GetFromJsonAsync<JsonElement>("/api/watch-lists");
        var saved = await analyst.PutAsJsonAsync("/api/watch-lists/thresholds", Thresholds(["KH", "Taiwan", "mm"]));
        var after = await officer.PostAsJsonAsync("/api/cases", Case("LP/WATCH/2"));
        var read = await analyst.GetFromJsonAsync<JsonElement>("/api/watch-lists");

        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.Equal((0, ThresholdsView.Configuration), (initial.GetProperty("current").GetProperty("version").GetInt64(), initial.GetProperty("current").GetProperty("changedBy").GetString()));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal(["KH", "TW", "MM"], read.GetProperty("current").GetProperty("watchedDestinations").EnumerateArray().Select(d => d.GetString()!));
        Assert.Equal(version, read.GetProperty("current").GetProperty("version").GetInt64());
        Assert.Equal(2, read.GetProperty("history").GetArrayLength()); // the saved version, then the configuration
        var ids = new[] { await IdAsync(before), await IdAsync(after) };
        await using var db = await app.GeoAsync();
        var alerts = await db.Alerts.AsNoTracking().Include(a => a.Activities)
            .Where(a => a.Rule == AlertRule.MinorsToWatchedDestination && (a.SubjectKey == $"case:{ids[0]}" || a.SubjectKey == $"case:{ids[1]}")).ToListAsync();
        var alert = Assert.Single(alerts); // Taiwan was not watched when the first case came in
        Assert.Equal($"case:{ids[1]}", alert.SubjectKey);
        Assert.Contains(alert.Activities, a => a.Action == AlertAction.Raised && a.Note == $"thresholds v{version}");
        Assert.Contains(await Screening.ScreeningFixture.LinesAsync(app, "analis-watch"), l => l.Action == WatchListDesk.SaveAction && l.Resource.Contains("TW"));
    }

    [Fact]
    public async Task BadThresholdsAndCovers_NameTheField_AndOnlyHeadquartersMayChangeThem()
    {
        var analyst = await app.SignedInClientAsync("analis-watch-bad", Roles.HqAnalyst);
        var officer = await app.SignedInClientAsync("petugas-watch-bad", Roles.FieldOfficer);
        var polri = await app.SignedInClientAsync("polri-watch-bad", Roles.HqAnalyst, agency: "Polri");

        foreach (var (body, field) in new (object, string)[]
                 {
                     (Thresholds(["Atlantis"]), "watchedDestinations[0]"), (Thresholds(["KH"], note: ""), "note"), (Thresholds(["KH"], cluster: 1), "offloadingClusterSize"),
                     (new { watchedDestinations = new[] { "KH" }, offloadingClusterSize = 3, offloadingWindowHours = 24, ratRouteDistanceKm = 5.0, credibleWeight = 7.0, note = "x" }, "credibleWeight"),
                 })
        {
            var response = await analyst.PutAsJsonAsync("/api/watch-lists/thresholds", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        var added = await analyst.PostAsJsonAsync("/api/watch-lists/modi", new { code = "visa_ziarah", nameId = "Visa ziarah", nameEn = "Pilgrimage visa" });
        var again = await analyst.PostAsJsonAsync("/api/watch-lists/modi", new { code = "VISA_ZIARAH", nameId = "Visa ziarah", nameEn = "Pilgrimage visa" });
        var badCode = await analyst.PostAsJsonAsync("/api/watch-lists/modi", new { code = "v z", nameId = "x", nameEn = "x" });
        var retired = await analyst.PostAsJsonAsync("/api/watch-lists/modi/VISA_ZIARAH/active", new { active = false });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.False((await retired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync("/api/watch-lists/modi/NOPE_NOPE/active", new { active = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/watch-lists/thresholds", Thresholds(["KH"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/watch-lists")).StatusCode);
    }

    private static async Task<long> IdAsync(HttpResponseMessage created) =>
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
}
