using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Api;
using Dashboard.Web.Identity;
using Dashboard.Testing.Import;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Dashboard.Web.Tests.Crossings;

/// <summary>Bulk import of official crossings on an empty database: dry run, confirmed import, re-import, and a corpus of broken files.</summary>
public sealed class CrossingImportApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    static CrossingImportApiTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task ASemicolonCsvWithDecimalCommas_InWindows1252_DryRunsThenImports_AndASecondImportChangesNothing()
    {
        var hq = await app.SignedInClientAsync("hq-import-crossings", Roles.HqAnalyst);
        // As Excel saves it on an Indonesian desktop: Indonesian headers, semicolons, decimal commas, Windows-1252 (the dash).
        var csv = Encoding.GetEncoding(1252).GetBytes("""
            kode;nama;jenis;kantor;kodeKabupaten;bujur;lintang;penumpangHarian;petugasWawancara;jamOperasional;basisPatroli
            PLBN-IMP-1;PLBN Uji – Entikong;PLBN;Kanim Entikong;61.03;110,36;0,99;1200;3;07.00-17.00;ya
            TPI-IMP-2;Pelabuhan Uji Sanggau;Pelabuhan;Kanim Entikong;61.03;110,5;0,12;300;1;;tidak

            """);

        var dry = await PostAsync(hq, csv, dryRun: true);
        await using (var db = await app.GeoAsync())
            Assert.False(await db.BorderCrossings.AnyAsync(c => c.Code.Contains("-IMP-")), "a dry run stores nothing");
        var imported = await PostAsync(hq, csv, dryRun: false);
        var again = await PostAsync(hq, csv, dryRun: false);

        await AssertCountsAsync(dry, created: 2, updated: 0, unchanged: 0, dryRun: true);
        await AssertCountsAsync(imported, created: 2, updated: 0, unchanged: 0, dryRun: false);
        await AssertCountsAsync(again, created: 0, updated: 0, unchanged: 2, dryRun: false);
        await using var check = await app.GeoAsync();
        var stored = await check.BorderCrossings.AsNoTracking().Where(c => c.Code.Contains("-IMP-")).OrderBy(c => c.Code).ToListAsync();
        Assert.Equal(["PLBN-IMP-1", "TPI-IMP-2"], stored.Select(c => c.Code));
        Assert.Equal("PLBN Uji – Entikong", stored[0].Name);
        Assert.Equal((110.36, 0.99), (stored[0].Location.X, stored[0].Location.Y));
        Assert.Equal(Dashboard.Geo.Domain.Crossings.CrossingKind.Seaport, stored[1].Kind);
        Assert.False(stored[1].IsPatrolBase);
        Assert.Equal("hq-import-crossings", stored[0].ChangedBy);

        // One changed cell is one update.
        var changed = Encoding.UTF8.GetBytes("code,name,kind,office,regencyCode,longitude,latitude,dailyPassengers,interviewOfficers,openingHours,isPatrolBase\n"
            + "PLBN-IMP-1,PLBN Uji – Entikong,LandBorderPost,Kanim Entikong,61.03,110.36,0.99,1500,3,07.00-17.00,true\n");
        await AssertCountsAsync(await PostAsync(hq, changed, dryRun: false), created: 0, updated: 1, unchanged: 0, dryRun: false);
    }

    [Fact]
    public async Task RefusedRows_NameRowColumnAndValue_AndNothingIsStored_NotEvenTheGoodRows()
    {
        var hq = await app.SignedInClientAsync("hq-import-broken", Roles.HqAnalyst);
        var csv = Encoding.UTF8.GetBytes("""
            code,name,kind,office,regencyCode,longitude,latitude
            PLBN-BAD-OK,PLBN Baik,LandBorderPost,Kanim Entikong,61.03,110.36,0.99
            PLBN-BAD-1,PLBN Kode Salah,LandBorderPost,Kanim Entikong,99.99,110.36,0.99
            PLBN-BAD-2,PLBN Sydney,LandBorderPost,Kanim Entikong,61.03,151.2,-33.9
            PLBN-BAD-OK,PLBN Baik Lagi,LandBorderPost,Kanim Entikong,61.03,110.36,0.99
            PLBN-BAD-3,PLBN Lintang,Spaceport,Kanim Entikong,61.03,110.36,satu

            """);

        var response = await PostAsync(hq, csv, dryRun: false);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("99.99", errors.GetProperty("rows[3].regencyCode")[0].GetString());
        Assert.Contains("outside Indonesia", errors.GetProperty("rows[4].location")[0].GetString());
        Assert.Contains("rows[2]", errors.GetProperty("rows[5].code")[0].GetString());
        Assert.Contains("'satu'", errors.GetProperty("rows[6].latitude")[0].GetString());
        Assert.Contains("Spaceport", errors.GetProperty("rows[6].kind")[0].GetString());
        Assert.False(errors.TryGetProperty("rows[6].location", out _), "an unreadable latitude is named once, not again as a missing location");
        var verdicts = problem.RootElement.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("verdict").GetString()).ToList();
        Assert.Equal(["created", "refused", "refused", "refused", "refused"], verdicts);
        await using var db = await app.GeoAsync();
        Assert.False(await db.BorderCrossings.AnyAsync(c => c.Code.StartsWith("PLBN-BAD")));
    }

    [Theory]
    [InlineData("", "file", "empty")]
    [InlineData("code,name,office,regencyCode,longitude,latitude\nPLBN-X,PLBN X,Kanim,61.03,110.3,0.9\n", "columns.kind", "kind")]
    [InlineData("code,name,kind,office,regencyCode,longitude,latitude\n", "file", "no crossing rows")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[", "file", "GeoJSON")]
    public async Task AFileThatCannotBeRead_Is400_NamingWhy(string body, string field, string words)
    {
        var hq = await app.SignedInClientAsync("hq-import-unreadable", Roles.HqAnalyst);

        var response = await PostAsync(hq, Encoding.UTF8.GetBytes(body), dryRun: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(words, problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task BinaryBytes_AreRefused_AsNotCsvText()
    {
        var hq = await app.SignedInClientAsync("hq-import-binary", Roles.HqAnalyst);

        var response = await PostAsync(hq, [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], dryRun: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("binary", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GeoJsonPoints_AndAnXlsxSheet_AreImported_ALineIsRefusedByItsFeature()
    {
        var hq = await app.SignedInClientAsync("hq-import-formats", Roles.HqAnalyst);
        var geojson = Encoding.UTF8.GetBytes("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[110.4,0.95]},
               "properties":{"code":"PLBN-GJ-1","name":"PLBN GeoJSON","kind":"LandBorderPost","office":"Kanim Entikong","regencyCode":"61.03"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[110.4,0.95],[110.5,0.96]]},
               "properties":{"code":"PLBN-GJ-2","name":"Garis","kind":"LandBorderPost","office":"Kanim Entikong","regencyCode":"61.03"}}
            ]}
            """);
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object>
            {
                ["code"] = "TPI-XLSX-1", ["name"] = "Bandara Uji", ["kind"] = "Bandara", ["office"] = "Kanim Pontianak", ["regencyCode"] = "61.03",
                ["longitude"] = 109.4, ["latitude"] = -0.15, ["dailyPassengers"] = 800,
            },
        }, excelType: ExcelType.XLSX);

        var refused = await PostAsync(hq, geojson, dryRun: true);
        var points = await PostAsync(hq, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(geojson).Replace("\"LineString\",\"coordinates\":[[110.4,0.95],[110.5,0.96]]", "\"Point\",\"coordinates\":[110.5,0.96]")), dryRun: false);
        var sheet = await PostAsync(hq, workbook.ToArray(), dryRun: false);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("features[1].geometry", await refused.Content.ReadAsStringAsync());
        await AssertCountsAsync(points, created: 2, updated: 0, unchanged: 0, dryRun: false);
        await AssertCountsAsync(sheet, created: 1, updated: 0, unchanged: 0, dryRun: false);
        await using var db = await app.GeoAsync();
        var airport = await db.BorderCrossings.SingleAsync(c => c.Code == "TPI-XLSX-1");
        Assert.Equal((Dashboard.Geo.Domain.Crossings.CrossingKind.Airport, 800), (airport.Kind, airport.DailyPassengers));
    }

    [Fact]
    public async Task AZippedShapefile_InUtm_WithDbaseCutNames_DryRunsImportsAndReimportsUnchanged()
    {
        var hq = await app.SignedInClientAsync("hq-import-shapefile", Roles.HqAnalyst);
        // As QGIS writes the template's columns: dBASE cuts "dailyPassengers" to "dailyPasse", "isPatrolBase" to "isPatrolBa".
        // Coordinates in metres of UTM zone 49S, on its central meridian (111° E): the equator and one degree south.
        var zip = ShapefileZip.Build(
        [
            ShapefileZip.Point(500_000, 10_000_000, ("code", "PLBN-SHP-1"), ("name", "PLBN Shapefile"), ("kind", "LandBorderPost"),
                ("office", "Kanim Entikong"), ("regencyCode", "61.03"), ("dailyPassengers", 640), ("isPatrolBase", "ya")),
            ShapefileZip.Point(500_000, 9_889_470, ("code", "TPI-SHP-2"), ("name", "Pelabuhan Shapefile"), ("kind", "Pelabuhan"),
                ("office", "Kanim Pontianak"), ("regencyCode", "61.03"), ("dailyPassengers", 90), ("isPatrolBase", "tidak")),
        ], ShapefileZip.Utm49S, name: "pos_lintas");

        await AssertCountsAsync(await PostAsync(hq, zip, dryRun: true, "application/zip"), created: 2, updated: 0, unchanged: 0, dryRun: true);
        await AssertCountsAsync(await PostAsync(hq, zip, dryRun: false, "application/zip"), created: 2, updated: 0, unchanged: 0, dryRun: false);
        await AssertCountsAsync(await PostAsync(hq, zip, dryRun: false, "application/zip"), created: 0, updated: 0, unchanged: 2, dryRun: false);

        await using var db = await app.GeoAsync();
        var post = await db.BorderCrossings.AsNoTracking().SingleAsync(c => c.Code == "PLBN-SHP-1");
        Assert.Equal(111.0, post.Location.X, 6);
        Assert.Equal(0.0, post.Location.Y, 6);
        Assert.Equal((640, true), (post.DailyPassengers, post.IsPatrolBase));
        var port = await db.BorderCrossings.AsNoTracking().SingleAsync(c => c.Code == "TPI-SHP-2");
        Assert.Equal(-1.0, port.Location.Y, 3);
        Assert.False(port.IsPatrolBase);
    }

    [Theory]
    [InlineData("no-prj", "pos.prj")]
    [InlineData("bad-prj", ".prj cannot be read")]
    [InlineData("no-dbf", "pos.dbf")]
    [InlineData("not-a-shapefile", "no .shp")]
    public async Task ABrokenShapefileZip_Is400_NamingThePart_AndStoresNothing(string broken, string words)
    {
        var hq = await app.SignedInClientAsync("hq-import-shapefile-broken", Roles.HqAnalyst);
        var point = ShapefileZip.Point(110.36, 0.99, ("code", "PLBN-SHPX-1"), ("name", "Rusak"), ("kind", "LandBorderPost"),
            ("office", "Kanim Entikong"), ("regencyCode", "61.03"));
        var zip = broken switch
        {
            "no-prj" => ShapefileZip.Build([point], prj: null, name: "pos"),
            "bad-prj" => ShapefileZip.Build([point], prj: "UTM 49 selatan", name: "pos"),
            "no-dbf" => ShapefileZip.Build([point], name: "pos", drop: [".dbf"]),
            _ => ShapefileZip.Zip(new Dictionary<string, byte[]> { ["pos.txt"] = Encoding.UTF8.GetBytes("PLBN-SHPX-1,110.36,0.99") }),
        };

        var response = await PostAsync(hq, zip, dryRun: false, "application/zip");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        using var problem = JsonDocument.Parse(body);
        Assert.Contains(words, problem.RootElement.GetProperty("errors").GetProperty("file")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.BorderCrossings.AnyAsync(c => c.Code == "PLBN-SHPX-1"));
    }

    [Fact]
    public async Task BothTemplates_DryRunAsTheyAre_AndAFieldOfficerIsForbidden()
    {
        var hq = await app.SignedInClientAsync("hq-import-template", Roles.HqAnalyst);
        var officer = await app.SignedInClientAsync("officer-import-template", Roles.FieldOfficer);

        var english = await hq.GetByteArrayAsync("/api/crossings/import/template.csv");
        var indonesian = await hq.GetByteArrayAsync("/api/crossings/import/template.csv?lang=id");

        await AssertCountsAsync(await PostAsync(hq, english, dryRun: true), created: 1, updated: 0, unchanged: 0, dryRun: true);
        await AssertCountsAsync(await PostAsync(hq, indonesian, dryRun: true), created: 1, updated: 0, unchanged: 0, dryRun: true);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(officer, english, dryRun: true)).StatusCode);
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

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, bool dryRun, string contentType = "text/csv")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/crossings/import?dryRun={(dryRun ? "true" : "false")}") { Content = content };
        request.Headers.Add(CrossSiteGuard.Header, "XMLHttpRequest");
        return await client.SendAsync(request);
    }
}
