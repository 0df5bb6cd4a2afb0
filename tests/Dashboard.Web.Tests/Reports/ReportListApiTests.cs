using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Dashboard.Web.Reports;
using Dashboard.Web.Tests.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Reports;

/// <summary>Field reports for review: an office sees its working area, headquarters the nation, other agencies nothing; every read audited.</summary>
public sealed class ReportListApiTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Bangka = "KANIM-PKP-UJI";

    public async Task InitializeAsync()
    {
        await using (var db = await app.GeoAsync())
        {
            if (await db.Regencies.AnyAsync(r => r.Code == "19.71"))
                return;
            db.Provinces.AddRange(
                new Province { Code = "19", Name = "Kepulauan Bangka Belitung", Seat = Geometries.Point(106.11, -2.13) },
                new Province { Code = "12", Name = "Sumatera Utara", Seat = Geometries.Point(98.67, 3.59) });
            db.Regencies.AddRange(
                new Regency { Code = "19.71", ProvinceCode = "19", Name = "Kota Pangkalpinang", Seat = Geometries.Point(106.11, -2.13) },
                new Regency { Code = "12.71", ProvinceCode = "12", Name = "Kota Medan", Seat = Geometries.Point(98.67, 3.59) });
            var now = DateTimeOffset.UtcNow;
            db.FieldReports.AddRange(
                Report("list-bangka", ReportKind.VillageRecruitment, 106.15, -2.1, now.AddHours(-3), "Perekrut menawarkan kerja di kapal"),
                Report("list-medan", ReportKind.CheckpointOffloading, 98.7, 3.6, now.AddHours(-2), "Rombongan umrah tanpa visa"),
                Report("list-old", ReportKind.VillageRecruitment, 106.12, -2.12, now.AddDays(-40), "Laporan lama"));
            await db.SaveChangesAsync();
        }
        var admin = await app.SignedInClientAsync("admin-report-list", Roles.Administrator);
        var office = await admin.PutAsJsonAsync($"/api/admin/offices/{Bangka}", new { name = "Kantor Imigrasi Pangkalpinang", kind = "Kanim", regencyCodes = new[] { "19.71" } });
        Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FieldReport Report(string key, ReportKind kind, double lon, double lat, DateTimeOffset at, string text) => new()
    {
        IdempotencyKey = key, Kind = kind, Location = Geometries.Point(lon, lat), ObservedAt = at.ToUniversalTime(), ReceivedAt = at.ToUniversalTime(),
        Category = "uji", SourceReliability = 'B', InformationCredibility = 2, Text = text, ReportingOfficer = "Petugas Uji", Agency = "Imigrasi",
    };

    private static async Task<List<string>> TextsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/reports{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. rows.EnumerateArray().Select(r => r.GetProperty("text").GetString()!).Where(t => t != "uji-ignore")];
    }

    [Fact]
    public async Task AnOfficeSeesItsWorkingArea_HeadquartersTheNation_AndTheFilterNarrows()
    {
        var officer = await app.SignedInClientAsync("petugas-list-pkp", Roles.FieldOfficer, officeCode: Bangka);
        var planner = await app.SignedInClientAsync("perencana-list-pkp", Roles.PatrolPlanner, officeCode: Bangka);
        var hq = await app.SignedInClientAsync("analis-list", Roles.HqAnalyst);

        var officerArea = await TextsAsync(officer, "?days=7");
        var officerNational = await TextsAsync(officer, "?days=7&scope=national");
        var plannerNational = await TextsAsync(planner, "?days=7&scope=national");
        var hqAll = await TextsAsync(hq, "?days=90");
        var hqOffloading = await TextsAsync(hq, "?days=7&kind=CheckpointOffloading");

        Assert.Contains("Perekrut menawarkan kerja di kapal", officerArea);
        Assert.DoesNotContain("Rombongan umrah tanpa visa", officerArea);
        Assert.DoesNotContain("Laporan lama", officerArea); // older than the week asked for
        Assert.Equal(officerArea, officerNational); // a field officer stays in the working area
        Assert.Contains("Rombongan umrah tanpa visa", plannerNational);
        Assert.Contains("Laporan lama", hqAll);
        Assert.Contains("Rombongan umrah tanpa visa", hqOffloading);
        Assert.DoesNotContain("Perekrut menawarkan kerja di kapal", hqOffloading);
        Assert.Contains(await Screening.ScreeningFixture.LinesAsync(app, "petugas-list-pkp"), e => e.Action == FieldReportList.ReadAction && e.Rows == officerArea.Count);
    }

    [Fact]
    public async Task AFieldOfficerWithoutAWorkingArea_SeesTheReportsTheirAccountFiled_NotThoseOfAnotherOfficerWithTheSameName()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var name in new[] { "petugas-budi-1", "petugas-budi-2" })
                if (await users.FindByNameAsync(name) is null)
                {
                    var user = new ApplicationUser { UserName = name, DisplayName = "Budi Santoso", Agency = DashboardClaims.Immigration };
                    Assert.True((await users.CreateAsync(user, DashboardApp.Password)).Succeeded);
                    Assert.True((await users.AddToRoleAsync(user, Roles.FieldOfficer)).Succeeded);
                }
        }
        var first = await app.SignedInClientAsync("petugas-budi-1", Roles.FieldOfficer);
        var second = await app.SignedInClientAsync("petugas-budi-2", Roles.FieldOfficer);
        var mine = Api.BadInputApiTests.Report(Guid.NewGuid().ToString());
        mine["text"] = "Laporan Budi yang pertama.";
        var theirs = Api.BadInputApiTests.Report(Guid.NewGuid().ToString());
        theirs["text"] = "Laporan Budi yang kedua.";
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/reports", mine)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await second.PostAsJsonAsync("/api/reports", theirs)).StatusCode);

        var firstSees = await TextsAsync(first, "?days=1");
        var secondSees = await TextsAsync(second, "?days=1");

        Assert.Equal(["Laporan Budi yang pertama."], firstSees);
        Assert.Equal(["Laporan Budi yang kedua."], secondSees);
        await using var db = await app.GeoAsync();
        Assert.Equal("petugas-budi-1", await db.FieldReports.Where(r => r.Text == "Laporan Budi yang pertama.").Select(r => r.SubmittedBy).SingleAsync());
    }

    [Fact]
    public async Task OtherAgencies_AreRefused_AndBadFiltersNameTheField()
    {
        var polri = await app.SignedInClientAsync("polri-list", Roles.TimporaMember, agency: "Polri");
        var wrongRole = await app.SignedInClientAsync("polri-analis-list", Roles.HqAnalyst, agency: "Polri");
        var hq = await app.SignedInClientAsync("analis-list-salah", Roles.HqAnalyst);

        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await wrongRole.GetAsync("/api/reports")).StatusCode);
        foreach (var (query, field) in new[] { ("?days=3", "days"), ("?kind=Gossip", "kind"), ("?scope=world", "scope"), ("?limit=0", "limit") })
        {
            var response = await hq.GetAsync($"/api/reports{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
        }
    }
}
