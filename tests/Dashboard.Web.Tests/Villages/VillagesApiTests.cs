using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Villages;

/// <summary>Assisted villages, mentors and sessions through the API, on an empty database without the demo seed.</summary>
public sealed class VillagesApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{

    private async Task<string> VillageCodeAsync(string name, string regency)
    {
        await using var db = await app.GeoAsync();
        return await db.GazetteerAreas.Where(a => a.Level == Geo.Gazetteer.GazetteerLevel.Village && a.Name == name && a.Code.StartsWith(regency))
            .OrderBy(a => a.Code).Select(a => a.Code).FirstAsync();
    }

    [Fact]
    public async Task Register_ByCode_TakesItsNamesFromTheGazetteer_ThenReassignKeepsHistory_AndASessionCounts()
    {
        var hq = await app.SignedInClientAsync("hq-village", Roles.HqAnalyst);
        var pimpasa = await app.SignedInClientAsync("pimpasa-satu", Roles.FieldOfficer);
        await app.SignedInClientAsync("pimpasa-dua", Roles.FieldOfficer);
        var code = await VillageCodeAsync("Entikong", "61.03");

        var registered = await hq.PostAsJsonAsync("/api/villages", new
        {
            villageCode = code, longitude = 110.36, latitude = 1.04, launchedOn = "2025-03-01", decreeNumber = "W.17-UM.01-123", mentorUserId = await app.UserIdAsync("pimpasa-satu"),
        });
        var reassigned = await hq.PostAsJsonAsync($"/api/villages/{code}/mentor", new { mentorUserId = await app.UserIdAsync("pimpasa-dua"), from = "2025-09-01" });
        var session = await pimpasa.PostAsJsonAsync($"/api/villages/{code}/sessions", new
        {
            heldOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7).AddDays(-1)).ToString("yyyy-MM-dd"), topic = "OnlineJobScams",
            partners = new[] { "BP2MI", "police" }, women = 30, men = 12, youth = 20, prospectiveMigrants = 9, note = "Balai desa penuh.",
        });
        using var details = JsonDocument.Parse(await hq.GetStringAsync($"/api/villages/{code}"));

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        var village = details.RootElement.GetProperty("village");
        Assert.Equal("Entikong", village.GetProperty("name").GetString());
        Assert.Equal("61.03", village.GetProperty("regencyCode").GetString());
        Assert.Equal("Kabupaten Sanggau", details.RootElement.GetProperty("regency").GetString());
        Assert.Equal("pimpasa-dua", village.GetProperty("mentor").GetString());
        Assert.Equal(1, village.GetProperty("daysSinceLastSession").GetInt32());
        Assert.False(village.GetProperty("quiet").GetBoolean());
        var mentors = details.RootElement.GetProperty("mentors");
        Assert.Equal(2, mentors.GetArrayLength());
        Assert.Equal("2025-08-31", mentors[1].GetProperty("until").GetString());
        var logged = details.RootElement.GetProperty("sessions")[0];
        Assert.Equal(42, logged.GetProperty("attendance").GetInt32());
        Assert.Equal(["BP2MI", "Police"], logged.GetProperty("partners").EnumerateArray().Select(p => p.GetString()!));
        // The risk model reads the new village and its last session at its next run.
        var inputs = await app.Services.GetRequiredService<RiskInputReader>().ReadAsync(DateOnly.FromDateTime(DateTime.UtcNow), new Dashboard.Jobs.Risk.RiskOptions(), CancellationToken.None);
        Assert.Contains(inputs.Villages, v => Math.Abs(v.Longitude - 110.36) < 1e-9 && v.LastOutreach is not null);
    }

    [Fact]
    public async Task Register_WithBadFields_Is400NamingEachField_AndAnUnknownVillageIsRefused()
    {
        var hq = await app.SignedInClientAsync("hq-village-bad", Roles.HqAnalyst);

        var response = await hq.PostAsJsonAsync("/api/villages", new { villageCode = "99.99.99.9999", longitude = 10.0, latitude = 50.0, mentorUserId = "nobody" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "villageCode", "location", "launchedOn", "mentorUserId" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        await using var db = await app.GeoAsync();
        Assert.False(await db.AssistedVillages.AnyAsync(v => v.VillageCode == "99.99.99.9999"));
    }

    [Fact]
    public async Task Session_WithBadCounts_Is400_AndARetiredVillageTakesNoSession()
    {
        var hq = await app.SignedInClientAsync("hq-village-retire", Roles.Administrator);
        var code = await VillageCodeAsync("Semanget", "61.03");
        await hq.PostAsJsonAsync("/api/villages", new { villageCode = code, longitude = 110.4, latitude = 1.0, launchedOn = "2024-01-10", mentorUserId = await app.UserIdAsync("hq-village-retire") });

        var bad = await hq.PostAsJsonAsync($"/api/villages/{code}/sessions", new { heldOn = "2025-01-01", topic = "Astrology", women = 2, men = 1, youth = 9 });
        var other = await hq.PostAsJsonAsync($"/api/villages/{code}/sessions", new { heldOn = "2025-01-01", topic = "Other" });
        var duplicate = await hq.PostAsJsonAsync("/api/villages", new { villageCode = code, longitude = 110.4, latitude = 1.0, launchedOn = "2024-01-10", mentorUserId = await app.UserIdAsync("hq-village-retire") });
        var retired = await hq.PostAsJsonAsync($"/api/villages/{code}/retire", new { reason = "Digabung dengan desa tetangga" });
        var late = await hq.PostAsJsonAsync($"/api/villages/{code}/sessions", new { heldOn = "2025-01-02", topic = "SafeMigration", women = 1, men = 1 });
        using var list = JsonDocument.Parse(await hq.GetStringAsync("/api/villages"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"topic\"", body);
        Assert.Contains("\"attendance\"", body);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.DoesNotContain(list.RootElement.EnumerateArray(), v => v.GetProperty("villageCode").GetString() == code);
    }
}
