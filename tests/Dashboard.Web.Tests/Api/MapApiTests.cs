using System.Net;
using System.Text.Json;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Persistence.Configurations;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

public sealed class MapApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const string Indonesia = "bbox=94,-11.5,141.5,6.5";

    [Fact]
    public async Task GetLayer_WithoutSignIn_Is401ProblemDetails()
    {
        var response = await app.AnonymousClient().GetAsync($"/api/map/layers/crossings?{Indonesia}&zoom=5");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetLayer_WithBadParameters_NamesEachBadField()
    {
        var client = await app.SignedInClientAsync("analyst-bad-input", Roles.HqAnalyst);

        var response = await client.GetAsync("/api/map/layers/boats?bbox=1,2,x&zoom=30&from=2024-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["bbox", "from", "layer", "zoom"], fields);
    }

    [Fact]
    public async Task AnUnchangedLayer_AnswersItsETagWithA304_AndAChangeGivesTheNewBody()
    {
        await using (var db = await app.GeoAsync())
        {
            db.BorderCrossings.Add(Crossing("T-ETAG-1", 117.6, 4.1, 100));
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInClientAsync("analyst-etag", Roles.HqAnalyst);
        const string url = "/api/map/layers/crossings?bbox=117,3.5,118,4.5&zoom=9";

        var first = await client.GetAsync(url);
        var tag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag!);
        var unchanged = await client.SendAsync(again);
        await using (var db = await app.GeoAsync())
        {
            db.BorderCrossings.Add(Crossing("T-ETAG-2", 117.7, 4.2, 100));
            await db.SaveChangesAsync();
        }
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, url);
        afterChange.Headers.IfNoneMatch.Add(tag!);
        var changed = await client.SendAsync(afterChange);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl!.Private);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("T-ETAG-2", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetCrossings_ReturnsOnlyThoseInsideTheBox()
    {
        await using (var db = await app.GeoAsync())
        {
            db.BorderCrossings.AddRange(
                Crossing("T-BATAM", 104.05, 1.13, 5000),
                Crossing("T-KUPANG", 123.67, -10.17, 300));
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInClientAsync("analyst-crossings", Roles.HqAnalyst);

        var features = await FeaturesAsync(client, "/api/map/layers/crossings?bbox=103,0,105,2&zoom=9");

        var codes = features.Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToList();
        Assert.Contains("T-BATAM", codes);
        Assert.DoesNotContain("T-KUPANG", codes);
        var batam = features.Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "T-BATAM");
        Assert.Equal("Seaport", batam.GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal(5000, batam.GetProperty("properties").GetProperty("dailyPassengers").GetInt32());
    }

    [Fact]
    public async Task GetRoads_GivesTheWaysInTheBox_ByKind_WithNothingToOpen()
    {
        await using (var db = await app.GeoAsync())
        {
            db.TravelWays.AddRange(
                new Geo.Domain.Travel.TravelWay { Name = "Jalan Lintas Uji", Kind = Geo.Domain.Travel.TravelWayKind.Road, Source = "test", Path = Geometries.Line((128.1, -3.6), (128.3, -3.7)) },
                new Geo.Domain.Travel.TravelWay { Kind = Geo.Domain.Travel.TravelWayKind.Ferry, Source = "test", Path = Geometries.Line((128.3, -3.7), (128.6, -3.5)), IsSynthetic = true },
                new Geo.Domain.Travel.TravelWay { Name = "Jalan Jauh", Kind = Geo.Domain.Travel.TravelWayKind.Road, Source = "test", Path = Geometries.Line((131.1, -1.0), (131.2, -1.1)) });
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInClientAsync("planner-roads-layer", Roles.PatrolPlanner);

        var features = await FeaturesAsync(client, "/api/map/layers/roads?bbox=128,-4,129,-3&zoom=10");

        Assert.Equal([("Road", "Jalan Lintas Uji", false), ("Ferry", null, true)], features.Select(f => (
            f.GetProperty("properties").GetProperty("kind").GetString(),
            f.GetProperty("properties").GetProperty("name").GetString(),
            f.GetProperty("properties").GetProperty("synthetic").GetBoolean())));
        Assert.All(features, f => Assert.False(f.TryGetProperty("id", out _)));
    }

    [Fact]
    public async Task GetCases_ZoomedOut_AggregatesVictims_ZoomedIn_ShowsVillagePoints()
    {
        await SeedCasesAsync("AGG", 111.0, -7.5, count: 3, victimsEach: 2);
        var client = await app.SignedInClientAsync("analyst-cases", Roles.HqAnalyst);

        var national = await FeaturesAsync(client, "/api/map/layers/cases?bbox=110.5,-8,111.5,-7&zoom=5");
        var local = await FeaturesAsync(client, "/api/map/layers/cases?bbox=110.5,-8,111.5,-7&zoom=11");

        var cluster = Assert.Single(national);
        Assert.True(cluster.GetProperty("properties").GetProperty("cluster").GetBoolean());
        Assert.Equal(3, cluster.GetProperty("properties").GetProperty("cases").GetInt32());
        Assert.Equal(6, cluster.GetProperty("properties").GetProperty("victims").GetInt32());
        Assert.Equal(3, local.Count);
        Assert.All(local, f => Assert.Equal(2, f.GetProperty("properties").GetProperty("victims").GetInt32()));
    }

    [Fact]
    public async Task GetCases_ForAnotherAgency_StaysAggregatedAtEveryZoom()
    {
        await SeedCasesAsync("TIM", 120.0, -9.0, count: 2, victimsEach: 1, regency: "53.01", new DateOnly(2024, 6, 1));
        var client = await app.SignedInClientAsync("polri-member", Roles.TimporaMember, agency: "Polri");

        // By regency, for the ISO week that holds the day asked for, however far in it zooms.
        var local = await FeaturesAsync(client, "/api/map/layers/cases?bbox=119.5,-9.5,120.5,-8.5&zoom=14&from=2024-06-01&to=2024-06-01");

        var cluster = Assert.Single(local);
        Assert.True(cluster.GetProperty("properties").GetProperty("cluster").GetBoolean());
        Assert.False(cluster.TryGetProperty("id", out _));
        // Two cases and two victims: small counts are never shown to another agency as numbers.
        Assert.Equal("<5", cluster.GetProperty("properties").GetProperty("cases").GetString());
        Assert.Equal("<5", cluster.GetProperty("properties").GetProperty("victims").GetString());
    }

    [Fact]
    public async Task GetCases_ForAnotherAgency_ShowsCountsOfFiveOrMore()
    {
        await SeedCasesAsync("BIG", 125.0, -9.5, count: 6, victimsEach: 1, regency: "64.01", new DateOnly(2023, 7, 8));
        var client = await app.SignedInClientAsync("bin-member", Roles.TimporaMember, agency: "BIN");

        var clusters = await FeaturesAsync(client, "/api/map/layers/cases?bbox=124.5,-10,125.5,-9&zoom=6&from=2023-07-03&to=2023-07-09");

        var cluster = Assert.Single(clusters);
        Assert.Equal(6, cluster.GetProperty("properties").GetProperty("cases").GetInt32());
        Assert.Equal(6, cluster.GetProperty("properties").GetProperty("victims").GetInt32());
        // No minors: a zero names no one and is shown as such.
        Assert.Equal(0, cluster.GetProperty("properties").GetProperty("minors").GetInt32());
    }

    private async Task SeedCasesAsync(string prefix, double lon, double lat, int count, int victimsEach, string regency = "33.01", DateOnly? on = null)
    {
        await using var db = await app.GeoAsync();
        if (regency != "33.01" && !await db.Regencies.AnyAsync(r => r.Code == regency))
        {
            db.Provinces.Add(new Geo.Domain.Regions.Province { Code = regency[..2], Name = $"Provinsi {regency[..2]}", Seat = Geometries.Point(lon, lat) });
            db.Regencies.Add(new Geo.Domain.Regions.Regency { Code = regency, ProvinceCode = regency[..2], Name = $"Kabupaten {regency}", Seat = Geometries.Point(lon, lat) });
        }
        for (var i = 0; i < count; i++)
        {
            var origin = new CaseOrigin
            {
                Reference = $"{prefix}-{i}",
                Location = Geometries.Point(lon, lat),
                ProvinceCode = regency[..2],
                RegencyCode = regency,
                ReportedOn = on ?? new DateOnly(2024, 6, 1),
                ModusOperandiCode = ModusOperandiCatalogue.OnlineScamJob,
                DestinationCountry = "KH",
                ReportingAgency = "Polri",
                Status = CaseStatus.Active,
            };
            origin.SetVictims([new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age18To20, Count = victimsEach }]);
            db.CaseOrigins.Add(origin);
        }
        await db.SaveChangesAsync();
    }

    private static BorderCrossing Crossing(string code, double lon, double lat, int passengers) => new()
    {
        Code = code,
        Name = code,
        Kind = CrossingKind.Seaport,
        ManagingOffice = "Kantor Imigrasi Uji",
        ProvinceCode = "21",
        RegencyCode = "21.71",
        Location = Geometries.Point(lon, lat),
        DailyPassengers = passengers,
        InterviewOfficers = 4,
    };

    private static async Task<List<JsonElement>> FeaturesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        return document.RootElement.GetProperty("features").EnumerateArray().ToList();
    }
}
