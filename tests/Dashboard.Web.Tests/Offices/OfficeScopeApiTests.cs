using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Tests.Offices;

/// <summary>
/// Staff of an office see the alerts of its working area by default and may switch to the nation; headquarters starts
/// at the nation, even with an office. Real PostGIS, regencies with boundaries, an office made by the admin API.
/// </summary>
public sealed class OfficeScopeApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const string Office = "KANIM-SGU";

    [Fact]
    public async Task OfficeStaff_StartAtTheirWorkingArea_AndMaySwitchToTheNation_HeadquartersStartsNational()
    {
        await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-sanggau", Roles.PatrolPlanner, officeCode: Office);
        var hq = await app.SignedInClientAsync("analis-pusat", Roles.HqAnalyst, officeCode: Office);

        Assert.Equal(["SCOPE-IN"], await SubjectsAsync(planner, "/api/alerts"));
        Assert.Equal(["SCOPE-IN", "SCOPE-OUT"], await SubjectsAsync(planner, "/api/alerts?scope=national"));
        Assert.Equal(["SCOPE-IN", "SCOPE-OUT"], await SubjectsAsync(hq, "/api/alerts"));
        Assert.Equal(["SCOPE-IN"], await SubjectsAsync(hq, "/api/alerts?scope=area"));
        var bad = await planner.GetAsync("/api/alerts?scope=everywhere");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("scope", out _));
    }

    [Fact]
    public async Task AnOfficesPlanner_GetsTheBasesAndPatrolsOfItsWorkingArea_AndTheNationOnRequest()
    {
        await WorldAsync();
        await PatrolsAsync();
        var planner = await app.SignedInClientAsync("perencana-sanggau-patroli", Roles.PatrolPlanner, officeCode: Office);
        var hq = await app.SignedInClientAsync("analis-pusat-patroli", Roles.HqAnalyst, officeCode: Office);

        var bases = await CodesAsync(planner, "/api/patrols/bases", "code");
        Assert.Contains("PLBN-SCOPE-IN", bases);
        Assert.DoesNotContain("PLBN-SCOPE-OUT", bases);
        Assert.Contains("PLBN-SCOPE-OUT", await CodesAsync(planner, "/api/patrols/bases?scope=national", "code"));
        Assert.Contains("PLBN-SCOPE-OUT", await CodesAsync(hq, "/api/patrols/bases", "code"));

        var patrols = await CodesAsync(planner, "/api/patrols", "baseCode");
        Assert.Contains("PLBN-SCOPE-IN", patrols);
        Assert.DoesNotContain("PLBN-SCOPE-OUT", patrols);
        Assert.Contains("PLBN-SCOPE-OUT", await CodesAsync(planner, "/api/patrols?scope=national", "baseCode"));
        Assert.DoesNotContain("PLBN-SCOPE-OUT", await CodesAsync(hq, "/api/patrols?scope=area", "baseCode"));

        var bad = await planner.GetAsync("/api/patrols?scope=everywhere");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("scope", out _));
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string url, string property)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(a => a.GetProperty(property).GetString()!)];
    }

    /// <summary>A post inside Sanggau's boundary and one in Bengkayang (same province), each with a patrol planned.</summary>
    private async Task PatrolsAsync()
    {
        await using var db = await app.GeoAsync();
        if (await db.BorderCrossings.AnyAsync(c => c.Code == "PLBN-SCOPE-IN"))
            return;
        foreach (var (code, lon, lat, regency) in new[] { ("PLBN-SCOPE-IN", 110.5, 0.5, "61.03"), ("PLBN-SCOPE-OUT", 109.4, 0.9, "61.07") })
        {
            db.BorderCrossings.Add(new BorderCrossing
            {
                Code = code, Name = code, Kind = CrossingKind.LandBorderPost, ManagingOffice = "Kanim Uji", ProvinceCode = "61",
                RegencyCode = regency, Location = Geometries.Point(lon, lat), DailyPassengers = 100, InterviewOfficers = 1,
            });
            db.Patrols.Add(new Patrol
            {
                BaseCode = code, BaseName = code, Mode = PatrolMode.Land, PlannedFor = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1),
                Team = "Tim uji", Route = Geometries.Line((lon, lat), (lon + 0.05, lat)), CreatedBy = "uji", CreatedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> SubjectsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray()
            .Select(a => a.GetProperty("subjectName").GetString()!).Where(s => s.StartsWith("SCOPE-", StringComparison.Ordinal)).Order()];
    }

    private static MultiPolygon Square(double west, double south, double size) =>
        Geometries.Factory.CreateMultiPolygon([Geometries.Factory.CreatePolygon(
        [
            new Coordinate(west, south), new Coordinate(west + size, south), new Coordinate(west + size, south + size),
            new Coordinate(west, south + size), new Coordinate(west, south),
        ])]);

    private async Task WorldAsync()
    {
        await using (var db = await app.GeoAsync())
        {
            if (await db.Alerts.AnyAsync(a => a.SubjectName.StartsWith("SCOPE-")))
                return;
            if (!await db.Provinces.AnyAsync(p => p.Code == "61"))
                db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) });
            db.Regencies.Add(new Regency { Code = "61.03", ProvinceCode = "61", Name = "Kabupaten Sanggau", Seat = Geometries.Point(110.6, 0.12), Boundary = Square(110.0, 0.0, 1.0) });
            db.Regencies.Add(new Regency { Code = "61.07", ProvinceCode = "61", Name = "Kabupaten Bengkayang", Seat = Geometries.Point(109.66, 0.82), Boundary = Square(109.0, 0.5, 0.9) });
            Alert At(string subject, double lon, double lat, string region) => new()
            {
                Rule = AlertRule.ReportNearRatRoute, Severity = AlertSeverity.High, SubjectKey = subject.ToLowerInvariant(), SubjectName = subject,
                Count = 1, RaisedAt = DateTimeOffset.UtcNow.AddMinutes(-10), UpdatedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                Location = Geometries.Point(lon, lat), ProvinceCode = "61", RegionName = region,
            };
            // Both in province 61: only the boundary tells them apart.
            db.Alerts.Add(At("SCOPE-IN", 110.4, 0.6, "Kabupaten Sanggau"));
            db.Alerts.Add(At("SCOPE-OUT", 109.4, 0.9, "Kabupaten Bengkayang"));
            await db.SaveChangesAsync();
        }
        var admin = await app.SignedInClientAsync("admin-scope", Roles.Administrator);
        var office = await admin.PutAsJsonAsync($"/api/admin/offices/{Office}", new { name = "Kantor Imigrasi Sanggau", kind = "Kanim", regencyCodes = new[] { "61.03" } });
        Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
    }
}
