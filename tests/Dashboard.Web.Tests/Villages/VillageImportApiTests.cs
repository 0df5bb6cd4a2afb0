using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Villages;

/// <summary>Bulk import of assisted villages and outreach sessions, on an empty database: dry run, import, re-import, refusals.</summary>
public sealed class VillageImportApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private async Task<List<string>> VillageCodesAsync(string regency, int count)
    {
        await using var db = await app.GeoAsync();
        return await db.GazetteerAreas.Where(a => a.Level == Geo.Gazetteer.GazetteerLevel.Village && a.Code.StartsWith(regency + "."))
            .OrderBy(a => a.Code).Select(a => a.Code).Take(count).ToListAsync();
    }

    [Fact]
    public async Task Villages_DryRunThenImport_TakeTheirNamesFromTheGazetteer_AndReImportingChangesNothing()
    {
        var hq = await app.SignedInClientAsync("hq-import-villages", Roles.HqAnalyst);
        await app.SignedInClientAsync("pimpasa-impor", Roles.FieldOfficer);
        await app.SignedInClientAsync("pimpasa-lain", Roles.FieldOfficer);
        var codes = await VillageCodesAsync("61.03", 2);
        var csv = Encoding.UTF8.GetBytes($"""
            kodeDesa;bujur;lintang;tanggalPeluncuran;nomorSK;pimpasa
            {codes[0]};110,36;1,04;01/03/2025;W.17-UM.01-1;pimpasa-impor
            {codes[1]};110,40;1,01;2025-04-02;;PIMPASA-IMPOR

            """);

        var dry = await PostAsync(hq, "/api/villages/import", csv, dryRun: true);
        await using (var db = await app.GeoAsync())
            Assert.False(await db.AssistedVillages.AnyAsync(v => codes.Contains(v.VillageCode)), "a dry run stores nothing");
        var imported = await PostAsync(hq, "/api/villages/import", csv, dryRun: false);
        var again = await PostAsync(hq, "/api/villages/import", csv, dryRun: false);
        var decree = await PostAsync(hq, "/api/villages/import", Encoding.UTF8.GetBytes(
            $"villageCode,longitude,latitude,launchedOn,decreeNumber,mentor\n{codes[0]},110.36,1.04,2025-03-01,W.17-UM.01-1-REV,pimpasa-impor\n"), dryRun: false);
        var handOver = Encoding.UTF8.GetBytes($"villageCode,longitude,latitude,launchedOn,mentor\n{codes[1]},110.40,1.01,2025-04-02,pimpasa-lain\n");
        var handOverDry = await PostAsync(hq, "/api/villages/import", handOver, dryRun: true);
        await using (var db = await app.GeoAsync())
            Assert.Single((await db.AssistedVillages.Include(v => v.Mentorships).SingleAsync(v => v.VillageCode == codes[1])).Mentorships);
        var handedOver = await PostAsync(hq, "/api/villages/import", handOver, dryRun: false);
        var handOverAgain = await PostAsync(hq, "/api/villages/import", handOver, dryRun: false);

        await AssertCountsAsync(dry, created: 2, updated: 0, unchanged: 0, dryRun: true);
        await AssertCountsAsync(imported, created: 2, updated: 0, unchanged: 0, dryRun: false);
        await AssertCountsAsync(again, created: 0, updated: 0, unchanged: 2, dryRun: false);
        await AssertCountsAsync(decree, created: 0, updated: 1, unchanged: 0, dryRun: false);
        await AssertCountsAsync(handOverDry, created: 0, updated: 1, unchanged: 0, dryRun: true);
        await AssertCountsAsync(handedOver, created: 0, updated: 1, unchanged: 0, dryRun: false);
        await AssertCountsAsync(handOverAgain, created: 0, updated: 0, unchanged: 1, dryRun: false);
        await using var check = await app.GeoAsync();
        var stored = await check.AssistedVillages.AsNoTracking().Include(v => v.Mentorships).Where(v => codes.Contains(v.VillageCode)).OrderBy(v => v.VillageCode).ToListAsync();
        var names = await check.GazetteerAreas.Where(a => codes.Contains(a.Code)).OrderBy(a => a.Code).Select(a => a.Name).ToListAsync();
        Assert.Equal(names, stored.Select(v => v.Name));
        Assert.Equal(("61.03", "61", new DateOnly(2025, 3, 1), "W.17-UM.01-1-REV"), (stored[0].RegencyCode, stored[0].ProvinceCode, stored[0].LaunchedOn, stored[0].DecreeNumber));
        Assert.Equal(stored[0].LaunchedOn, Assert.Single(stored[0].Mentorships).From);
        // The file naming another Pimpasa handed the village over from today; the first spell ends yesterday.
        var spells = stored[1].Mentorships.OrderBy(m => m.From).ToList();
        Assert.Equal(2, spells.Count);
        Assert.Equal((stored[1].LaunchedOn, spells[1].From.AddDays(-1)), (spells[0].From, spells[0].Until!.Value));
        Assert.Null(spells[1].Until);
        Assert.Equal(await app.UserIdAsync("pimpasa-lain"), stored[1].MentorUserId);
        Assert.Equal(spells[1].MentorUserId, stored[1].MentorUserId);
    }

    [Fact]
    public async Task BrokenVillageRows_AreRefusedByRowAndColumn_AndNothingIsStored()
    {
        var hq = await app.SignedInClientAsync("hq-import-villages-bad", Roles.HqAnalyst);
        await app.SignedInClientAsync("pimpasa-baik", Roles.FieldOfficer);
        var codes = await VillageCodesAsync("53.01", 2);
        var csv = Encoding.UTF8.GetBytes($"""
            villageCode,longitude,latitude,launchedOn,mentor
            {codes[0]},123.9,-10.1,2025-01-10,pimpasa-baik
            99.99.99.9999,123.9,-10.1,2025-01-10,pimpasa-baik
            {codes[1]},123.9,-10.1,2099-01-01,pimpasa-baik
            {codes[0]},123.9,-10.1,2025-01-10,pimpasa-baik
            {codes[1]},123.9,-10.1,10 Januari 2025,tidak-ada

            """);

        var response = await PostAsync(hq, "/api/villages/import", csv, dryRun: false);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("99.99.99.9999", errors.GetProperty("rows[3].villageCode")[0].GetString());
        Assert.Contains("future", errors.GetProperty("rows[4].launchedOn")[0].GetString());
        Assert.Contains("rows[2]", errors.GetProperty("rows[5].villageCode")[0].GetString());
        Assert.Contains("'10 Januari 2025'", errors.GetProperty("rows[6].launchedOn")[0].GetString());
        Assert.Contains("'tidak-ada'", errors.GetProperty("rows[6].mentor")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.AssistedVillages.AnyAsync(v => codes.Contains(v.VillageCode)));
    }

    [Fact]
    public async Task Sessions_AreImportedByThePimpasa_KnownByVillageDateAndTopic_AndRefusedWhenTheyCannotBe()
    {
        var hq = await app.SignedInClientAsync("hq-import-sessions", Roles.HqAnalyst);
        var pimpasa = await app.SignedInClientAsync("pimpasa-sesi", Roles.FieldOfficer);
        var codes = await VillageCodesAsync("61.05", 2);
        await AssertCountsAsync(await PostAsync(hq, "/api/villages/import", Encoding.UTF8.GetBytes(
            $"villageCode,longitude,latitude,launchedOn,mentor\n{codes[0]},109.9,0.9,2025-01-10,pimpasa-sesi\n"), dryRun: false), created: 1, updated: 0, unchanged: 0, dryRun: false);
        var sessions = Encoding.UTF8.GetBytes($"""
            kodeDesa;tanggal;topik;topikLain;mitra;perempuan;lakiLaki;pemuda;calonPmi;catatan
            {codes[0]};2026-09-01;SafeMigration;;BP2MI|Police;18;12;9;4;Balai desa
            {codes[0]};2026-10-05;OnlineJobScams;;;10;10;5;2;

            """);

        var imported = await PostAsync(pimpasa, "/api/villages/sessions/import", sessions, dryRun: false);
        var again = await PostAsync(pimpasa, "/api/villages/sessions/import", sessions, dryRun: false);
        var corrected = await PostAsync(pimpasa, "/api/villages/sessions/import", Encoding.UTF8.GetBytes(
            $"villageCode,heldOn,topic,women,men,youth,prospectiveMigrants\n{codes[0]},2026-10-05,OnlineJobScams,11,10,5,2\n"), dryRun: false);
        var refused = await PostAsync(pimpasa, "/api/villages/sessions/import", Encoding.UTF8.GetBytes($"""
            villageCode,heldOn,topic,partners,women,men,youth
            {codes[1]},2026-10-05,SafeMigration,,5,5,1
            {codes[0]},2026-10-06,Astrology,,5,5,1
            {codes[0]},2026-10-07,SafeMigration,Kraken,5,5,20

            """), dryRun: false);
        var villagesByOfficer = await PostAsync(pimpasa, "/api/villages/import", Encoding.UTF8.GetBytes(
            $"villageCode,longitude,latitude,launchedOn,mentor\n{codes[1]},109.9,0.9,2025-01-10,pimpasa-sesi\n"), dryRun: true);

        await AssertCountsAsync(imported, created: 2, updated: 0, unchanged: 0, dryRun: false);
        await AssertCountsAsync(again, created: 0, updated: 0, unchanged: 2, dryRun: false);
        await AssertCountsAsync(corrected, created: 0, updated: 1, unchanged: 0, dryRun: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            var errors = problem.RootElement.GetProperty("errors");
            Assert.Contains("register it first", errors.GetProperty("rows[2].villageCode")[0].GetString());
            Assert.Contains("Astrology", errors.GetProperty("rows[3].topic")[0].GetString());
            Assert.Contains("Kraken", errors.GetProperty("rows[4].partners")[0].GetString());
            Assert.True(errors.TryGetProperty("rows[4].attendance", out _));
        }
        Assert.Equal(HttpStatusCode.Forbidden, villagesByOfficer.StatusCode);
        await using var db = await app.GeoAsync();
        var villageId = await db.AssistedVillages.Where(v => v.VillageCode == codes[0]).Select(v => v.Id).SingleAsync();
        var stored = await db.OutreachSessions.AsNoTracking().Where(s => s.VillageId == villageId).OrderBy(s => s.HeldOn).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.Equal(["BP2MI", "Police"], stored[0].Partners.Order());
        Assert.Equal((11, 21), (stored[1].Women, stored[1].Attendance));
        Assert.Equal("pimpasa-sesi", stored[0].LoggedBy);
    }

    [Theory]
    [InlineData("/api/villages/import/template.csv")]
    [InlineData("/api/villages/import/template.csv?lang=id")]
    public async Task TheVillageTemplates_AreReadable_AndNameTheirColumns(string path)
    {
        var hq = await app.SignedInClientAsync("hq-village-template", Roles.HqAnalyst);

        var template = await hq.GetStringAsync(path);

        Assert.Contains(path.EndsWith("=id") ? "kodeDesa;bujur;lintang" : "villageCode,longitude,latitude", template);
    }

    private static async Task AssertCountsAsync(HttpResponseMessage response, int created, int updated, int unchanged, bool dryRun)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var r = json.RootElement;
        Assert.Equal((dryRun, created, updated, unchanged, 0),
            (r.GetProperty("dryRun").GetBoolean(), r.GetProperty("created").GetInt32(), r.GetProperty("updated").GetInt32(),
                r.GetProperty("unchanged").GetInt32(), r.GetProperty("refused").GetInt32()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] file, bool dryRun)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}?dryRun={(dryRun ? "true" : "false")}") { Content = content };
        request.Headers.Add(CrossSiteGuard.Header, "XMLHttpRequest");
        return await client.SendAsync(request);
    }
}
