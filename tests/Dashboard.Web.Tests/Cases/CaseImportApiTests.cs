using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Dashboard.Web.Tests.Cases;

/// <summary>CSV/XLSX import of cases: the broken-template corpus, the dry run, all-or-nothing and dedupe on re-import.</summary>
public sealed class CaseImportApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const string Header = "reference,reportingAgency,reportedOn,regencyCode,villageCode,longitude,latitude,victims,modusOperandi,destinationCountry";

    private static string Row(string reference, string reportedOn = "2026-11-01", string regency = "53.01", string village = "",
        string lon = "123.9", string lat = "-10.1", string victims = "Female/Age9To17/1; Male/Age21To23/2", string destination = "MY") =>
        $"{reference},BP2MI,{reportedOn},{regency},{village},{lon},{lat},{victims},ONLINE_SCAM_JOB,{destination}";

    public static TheoryData<string, string, string, HttpStatusCode> BrokenFiles => new()
    {
        { "missing column", "reference,reportingAgency,reportedOn,regencyCode,victims,modusOperandi\nX,BP2MI,2026-11-01,53.01,Female/Age9To17/1,ONLINE_SCAM_JOB\n", "columns.destinationCountry", HttpStatusCode.BadRequest },
        { "bad date", $"{Header}\n{Row("IMP/B/1")}\n{Row("IMP/B/2", reportedOn: "31/11/2026")}\n", "rows[3].reportedOn", HttpStatusCode.UnprocessableEntity },
        { "outside Indonesia", $"{Header}\n{Row("IMP/B/3", lon: "2.35", lat: "48.85")}\n", "rows[2].location", HttpStatusCode.UnprocessableEntity },
        { "unknown village", $"{Header}\n{Row("IMP/B/4", regency: "", village: "53.01.01.9999")}\n", "rows[2].villageCode", HttpStatusCode.UnprocessableEntity },
        { "negative count", $"{Header}\n{Row("IMP/B/5", victims: "Female/Age9To17/-2")}\n", "rows[2].victims[0].count", HttpStatusCode.UnprocessableEntity },
        { "duplicate reference", $"{Header}\n{Row("IMP/B/6")}\n{Row("IMP/B/6")}\n", "rows[3].reference", HttpStatusCode.UnprocessableEntity },
        { "future date", $"{Header}\n{Row("IMP/B/7", reportedOn: "2099-01-01")}\n", "rows[2].reportedOn", HttpStatusCode.UnprocessableEntity },
        { "header only", $"{Header}\n", "file", HttpStatusCode.BadRequest },
        { "empty file", "", "file", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task ABrokenFile_IsRefusedNamingRowAndField_AndNothingIsStored(string what, string csv, string field, HttpStatusCode status)
    {
        await CaseWorld.EnsureAsync(app);
        var analyst = await app.SignedInClientAsync("analis-import-broken", Roles.HqAnalyst);
        await using var before = await app.GeoAsync();
        var count = await before.CaseOrigins.CountAsync();

        var response = await PostAsync(analyst, Encoding.UTF8.GetBytes(csv), dryRun: false);

        Assert.True(status == response.StatusCode, $"{what}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var errors = await ErrorsAsync(response);
        Assert.True(errors.TryGetProperty(field, out _), $"{what}: no error for {field}: {errors}");
        await using var after = await app.GeoAsync();
        Assert.Equal(count, await after.CaseOrigins.CountAsync());
    }

    [Fact]
    public async Task NonCsvBytes_AreRefusedAsAFileProblem()
    {
        var analyst = await app.SignedInClientAsync("analis-import-binary", Roles.HqAnalyst);
        byte[] binary = [0x00, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x00, 0x00];

        var response = await PostAsync(analyst, binary, dryRun: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ErrorsAsync(response)).TryGetProperty("file", out _));
    }

    [Fact]
    public async Task ADryRun_CountsWithoutWriting_ARealRunStores_AndAReImportSkipsUnchangedAndUpdatesChangedWithHistory()
    {
        await CaseWorld.EnsureAsync(app);
        var analyst = await app.SignedInClientAsync("analis-import", Roles.HqAnalyst);
        var csv = $"{Header}\n{Row("IMP/OK/1")}\n{Row("IMP/OK/2", regency: "", village: CaseWorld.Village, lon: "", lat: "")}\n";

        var dry = await PostAsync(analyst, Encoding.UTF8.GetBytes(csv), dryRun: true);
        await using (var db = await app.GeoAsync())
            Assert.False(await db.CaseOrigins.AnyAsync(c => c.Reference.StartsWith("IMP/OK/")));
        var real = await PostAsync(analyst, Encoding.UTF8.GetBytes(csv), dryRun: false);
        var changed = csv.Replace(Row("IMP/OK/1"), Row("IMP/OK/1", destination: "KH"));
        var again = await PostAsync(analyst, Encoding.UTF8.GetBytes(changed), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        using (var d = JsonDocument.Parse(await dry.Content.ReadAsStringAsync()))
            Assert.Equal(2, d.RootElement.GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        using (var a = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            Assert.Equal((0, 1, 1), (a.RootElement.GetProperty("created").GetInt32(), a.RootElement.GetProperty("updated").GetInt32(), a.RootElement.GetProperty("unchanged").GetInt32()));
        }
        await using var after = await app.GeoAsync();
        var one = await after.CaseOrigins.SingleAsync(c => c.Reference == "IMP/OK/1" && c.ReportingAgency == "BP2MI");
        Assert.Equal("KH", one.DestinationCountry);
        var lines = await after.CaseChanges.Where(c => c.CaseOriginId == one.Id).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([CaseChangeKind.Created, CaseChangeKind.Imported], lines.Select(l => l.Kind));
        Assert.Contains("destinationCountry: MY → KH", lines[1].Summary);
        Assert.Equal(1, await after.CaseOrigins.CountAsync(c => c.Reference == "IMP/OK/2"));
    }

    [Fact]
    public async Task AnXlsxWorkbook_IsImportedLikeACsv()
    {
        await CaseWorld.EnsureAsync(app);
        var analyst = await app.SignedInClientAsync("analis-import-xlsx", Roles.HqAnalyst);
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object>
            {
                ["reference"] = "IMP/XLSX/1", ["reportingAgency"] = "IOM", ["reportedOn"] = new DateTime(2026, 10, 5), ["regencyCode"] = "53.01",
                ["longitude"] = 123.9, ["latitude"] = -10.1, ["victims"] = "Female/Age24To26/4", ["modusOperandi"] = "ONLINE_SCAM_JOB", ["destinationCountry"] = "KH",
            },
        }, excelType: ExcelType.XLSX);

        var response = await PostAsync(analyst, workbook.ToArray(), dryRun: false);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = await app.GeoAsync();
        var stored = await db.CaseOrigins.SingleAsync(c => c.Reference == "IMP/XLSX/1");
        Assert.Equal((new DateOnly(2026, 10, 5), 4), (stored.ReportedOn, stored.VictimCount));
    }

    [Fact]
    public async Task TheTemplate_IsDownloadable_AndImportsAsItIs_InADryRun()
    {
        await CaseWorld.EnsureAsync(app);
        var officer = await app.SignedInClientAsync("petugas-template", Roles.FieldOfficer);
        var police = await app.SignedInClientAsync("polri-template", Roles.FieldOfficer, agency: "Polri");

        var template = await officer.GetByteArrayAsync("/api/cases/import/template.csv");
        var dry = await PostAsync(officer, template, dryRun: true);
        var refused = await PostAsync(police, template, dryRun: true);

        Assert.True(dry.StatusCode == HttpStatusCode.OK, await dry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, bool dryRun)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/import?dryRun={(dryRun ? "true" : "false")}") { Content = content };
        request.Headers.Add(CrossSiteGuard.Header, "XMLHttpRequest");
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").Clone();
    }
}
