using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Crossings;

/// <summary>Official crossings through the API on an empty database (no demo seed): create, edit, retire, and downstream.</summary>
public sealed class CrossingsApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static object Crossing(string code, string name = "PLBN Uji Entikong", string regency = "61.03", double lon = 110.36, double lat = 0.99,
        string kind = "LandBorderPost", bool? patrolBase = null) => new
    {
        code, name, kind, office = "Kanim Entikong", regencyCode = regency, longitude = lon, latitude = lat,
        dailyPassengers = 1200, interviewOfficers = 3, openingHours = "07.00–17.00 WIB", isPatrolBase = patrolBase,
    };

    [Fact]
    public async Task Create_ByHq_IsAPatrolBase_AndAcceptedAsTheCheckpointOfAnOffloading()
    {
        var hq = await app.SignedInClientAsync("hq-crossing", Roles.HqAnalyst);

        var created = await hq.PostAsJsonAsync("/api/crossings", Crossing("plbn-uji-1"));
        using var bases = JsonDocument.Parse(await hq.GetStringAsync("/api/patrols/bases"));
        var report = await hq.PostAsJsonAsync("/api/reports", Offloading("PLBN-UJI-1"));
        var layer = await hq.GetStringAsync("/api/map/layers/crossings?bbox=110,0.5,111,1.5&zoom=10");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(bases.RootElement.EnumerateArray(), b => b.GetProperty("code").GetString() == "PLBN-UJI-1");
        Assert.True(report.StatusCode == HttpStatusCode.Created, await report.Content.ReadAsStringAsync());
        Assert.Contains("PLBN Uji Entikong", layer);
        await using var db = await app.GeoAsync();
        var stored = await db.BorderCrossings.SingleAsync(c => c.Code == "PLBN-UJI-1");
        Assert.Equal("61", stored.ProvinceCode);
        Assert.Equal("hq-crossing", stored.ChangedBy);
        Assert.True(await db.FieldReports.AnyAsync(r => r.CrossingId == stored.Id));
    }

    [Fact]
    public async Task Create_WithBadFields_Is400NamingEachField_AndStoresNothing()
    {
        var hq = await app.SignedInClientAsync("hq-crossing-bad", Roles.HqAnalyst);

        var response = await hq.PostAsJsonAsync("/api/crossings", new
        {
            code = "bad code!", name = "", kind = "Spaceport", office = "", regencyCode = "99.99", longitude = 151.2, latitude = -33.9, dailyPassengers = -1,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "code", "name", "kind", "office", "regencyCode", "location", "dailyPassengers" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        Assert.Contains("99.99", errors.GetProperty("regencyCode")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.BorderCrossings.AnyAsync(c => c.Name == ""));
    }

    [Fact]
    public async Task Create_WithAUsedCode_Is409_AndAFieldOfficerIsForbidden()
    {
        var hq = await app.SignedInClientAsync("hq-crossing-dup", Roles.HqAnalyst);
        var officer = await app.SignedInClientAsync("officer-crossing", Roles.FieldOfficer);

        await hq.PostAsJsonAsync("/api/crossings", Crossing("PLBN-UJI-DUP"));
        var again = await hq.PostAsJsonAsync("/api/crossings", Crossing("plbn-uji-dup"));
        var forbidden = await officer.PostAsJsonAsync("/api/crossings", Crossing("PLBN-UJI-OFF"));
        var missing = await hq.PutAsJsonAsync("/api/crossings/NOPE", Crossing("NOPE"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("\"code\"", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Edit_ThenRetire_KeepsTheReports_ButNoLongerOffersIt()
    {
        var hq = await app.SignedInClientAsync("hq-crossing-retire", Roles.Administrator);
        await hq.PostAsJsonAsync("/api/crossings", Crossing("TPI-UJI-2", name: "Pelabuhan Uji", kind: "Seaport", lon: 104.0, lat: 1.1, regency: "21.71"));
        var firstReport = await hq.PostAsJsonAsync("/api/reports", Offloading("TPI-UJI-2"));

        var edited = await hq.PutAsJsonAsync("/api/crossings/TPI-UJI-2", Crossing("TPI-UJI-2", name: "Pelabuhan Uji Baru", kind: "Seaport", lon: 104.0, lat: 1.1, regency: "21.71", patrolBase: false));
        var noReason = await hq.PostAsJsonAsync("/api/crossings/TPI-UJI-2/retire", new { reason = "" });
        var retired = await hq.PostAsJsonAsync("/api/crossings/TPI-UJI-2/retire", new { reason = "Pelabuhan ditutup" });
        var lateReport = await hq.PostAsJsonAsync("/api/reports", Offloading("TPI-UJI-2"));
        using var list = JsonDocument.Parse(await hq.GetStringAsync("/api/crossings"));
        using var all = JsonDocument.Parse(await hq.GetStringAsync("/api/crossings?includeRetired=true"));

        Assert.True(firstReport.StatusCode == HttpStatusCode.Created, await firstReport.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lateReport.StatusCode);
        Assert.Contains("crossingCode", await lateReport.Content.ReadAsStringAsync());
        Assert.DoesNotContain(list.RootElement.EnumerateArray(), c => c.GetProperty("code").GetString() == "TPI-UJI-2");
        var kept = all.RootElement.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "TPI-UJI-2");
        Assert.Equal("Pelabuhan Uji Baru", kept.GetProperty("name").GetString());
        Assert.Equal("Pelabuhan ditutup", kept.GetProperty("retiredReason").GetString());
        await using var db = await app.GeoAsync();
        var id = await db.BorderCrossings.Where(c => c.Code == "TPI-UJI-2").Select(c => c.Id).SingleAsync();
        Assert.Equal(1, await db.FieldReports.CountAsync(r => r.CrossingId == id));
    }

    private static object Offloading(string crossing) => new
    {
        idempotencyKey = Guid.NewGuid().ToString(),
        kind = "CheckpointOffloading",
        // Beside PLBN Entikong on the Indonesian side: the border runs just north of it.
        longitude = 110.36,
        latitude = 0.99,
        observedAt = DateTimeOffset.UtcNow.AddHours(-1),
        category = "penundaan keberangkatan",
        sourceReliability = "B",
        informationCredibility = 2,
        text = "Dua perempuan muda tanpa dokumen kerja.",
        peopleCount = 2,
        crossingCode = crossing,
        suspectedModus = "PMI_NONPROSEDURAL",
        intendedDestination = "MY",
    };
}
