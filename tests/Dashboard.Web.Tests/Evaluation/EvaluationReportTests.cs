using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence.Configurations;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Evaluation;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Dashboard.Web.Tests.Evaluation;

/// <summary>The monthly and quarterly report per province: a real PDF whose text carries the period's figures and its risk map.</summary>
public sealed class EvaluationReportTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private static readonly DateTimeOffset May = new(2024, 5, 6, 9, 0, 0, TimeSpan.FromHours(7));

    public async Task InitializeAsync()
    {
        await using var db = await app.GeoAsync();
        if (await db.Provinces.AnyAsync(p => p.Code == "61"))
            return;
        db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) });
        db.Regencies.Add(new Regency { Code = "61.05", ProvinceCode = "61", Name = "Kabupaten Sanggau", Seat = Geometries.Point(110.6, 0.12) });
        // A case of another province, outside every report but the nation's.
        db.Provinces.Add(new Province { Code = "64", Name = "Kalimantan Timur", Seat = Geometries.Point(117.15, -0.5) });
        db.Regencies.Add(new Regency { Code = "64.72", ProvinceCode = "64", Name = "Kota Samarinda", Seat = Geometries.Point(117.15, -0.5) });
        foreach (var (reference, victims, minors, regency) in new[] { ("RPT-1", 3, 1, "61.05"), ("RPT-2", 2, 0, "61.05"), ("RPT-3", 4, 2, "64.72") })
        {
            var origin = new CaseOrigin
            {
                Reference = reference, Location = regency == "61.05" ? Geometries.Point(110.6, 0.12) : Geometries.Point(117.15, -0.5),
                ProvinceCode = regency[..2], RegencyCode = regency,
                ReportedOn = new DateOnly(2024, 5, 7), ModusOperandiCode = ModusOperandiCatalogue.OnlineScamJob, DestinationCountry = "KH",
                ReportingAgency = "Polri", Status = CaseStatus.Active,
            };
            List<VictimGroup> groups = [new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age18To20, Count = victims - minors }];
            if (minors > 0)
                groups.Add(new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age9To17, Count = minors });
            origin.SetVictims(groups);
            db.CaseOrigins.Add(origin);
        }
        var raised = May.ToUniversalTime();
        db.Alerts.Add(new Alert
        {
            Rule = AlertRule.OffloadingCluster, Severity = AlertSeverity.High, Status = AlertStatus.Resolved, SubjectKey = "report:1", SubjectName = "PLBN Entikong",
            Count = 4, RaisedAt = raised, UpdatedAt = raised.AddHours(5), Location = Geometries.Point(110.6, 0.12), ProvinceCode = "61",
            RegionName = "Kabupaten Sanggau", Outcome = AlertOutcome.VictimsIntercepted, Resolution = "uji",
        });
        // The run in force at the end of May: four cells of Sanggau, one in each class.
        var run = new RiskRun
        {
            StartedAt = raised, FinishedAt = raised.AddMinutes(2), Status = RiskRunStatus.Succeeded, Trigger = "test", ModelVersion = "test",
            AsOf = new DateOnly(2024, 5, 6), GridEdgeMetres = 5000, Parameters = "{}", CellCount = 4,
        };
        db.RiskRuns.Add(run);
        await db.SaveChangesAsync();
        for (var i = 0; i < 4; i++)
        {
            var (x, y) = (110.5 + 0.05 * i, 0.1);
            db.GridCells.Add(new GridCell
            {
                Id = 9_100_000 + i, EdgeMetres = 5000, ProvinceCode = "61", RegencyCode = "61.05", Centre = Geometries.Point(x + 0.02, y + 0.02),
                Boundary = Geometries.Factory.CreatePolygon([new(x, y), new(x + 0.04, y), new(x + 0.04, y + 0.04), new(x, y + 0.04), new(x, y)]),
            });
            db.CellRisks.Add(new CellRisk { RunId = run.Id, CellId = 9_100_000 + i, ProvinceCode = "61", RegencyCode = "61.05", Score = 0.1 + 0.25 * i, Threat = 1, Vulnerability = 1, Impact = 1 });
        }
        db.RegionRisks.Add(new RegionRisk { RunId = run.Id, Level = "regency", Code = "61.05", Cells = 4, MeanScore = 0.475, MaxScore = 0.85, HotCells = 1, MeanThreat = 1, MeanVulnerability = 1, MeanImpact = 1 });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheMonthlyReportOfAProvince_IsAPdfWithThePeriodsFiguresAndItsRiskMap_AndItsDownloadIsAudited()
    {
        var analyst = await app.SignedInClientAsync("analis-laporan", Roles.HqAnalyst);

        var response = await analyst.GetAsync("/api/evaluation/report.pdf?period=2024-05&province=61");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("evaluasi-61-2024-05.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Kept beside the test binaries, for a person to open and look at.
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "evaluation-report-61-2024-05.pdf"), bytes);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.True(text.Contains("Laporan Evaluasi Peringatan Dini TPPO"), text);
        Assert.True(text.Contains("Kalimantan Barat · Mei 2024"), text);
        Assert.True(text.Contains("2 kasus tercatat dalam periode ini, dengan 5 korban, 1 di antaranya anak."), text);
        // Text is read by visual line, so a wrapped cell's second line follows the row's first line.
        Assert.True(text.Contains("Klaster penundaan keberangkatan di 1 1 100%"), text); // raised, closed, share with a finding
        Assert.True(text.Contains("Kabupaten Sanggau 0,48 1"), text); // the leading regency, its mean score and hot cells
        Assert.True(text.Contains("1% teratas"), text); // the map's own scale names the legend's darkest band
        Assert.True(text.Contains("Halaman 1 dari"), text);
        Assert.True(text.Contains("Tingkat keterbukaan"), text);
        // The page's patrol and forecast sections: no patrol that month, and six months each with its case count.
        Assert.True(text.Contains("Temuan patroli per kilometer Belum ada patroli yang selesai pada periode ini."), text);
        Assert.True(text.Contains("Ketepatan peta risiko per bulan"), text);
        Assert.True(text.Contains("Mei 2024") && text.Contains("Desember 2023"), text);
        // The map is drawn: one filled path per cell on the page that holds it.
        Assert.True(pdf.GetPages().Sum(p => p.Paths.Count) >= 4, "the risk map's cells are drawn as paths");
        Assert.Contains(await Screening.ScreeningFixture.LinesAsync(app, "analis-laporan"), e => e.Action == EvaluationRegistration.ReportAction
            && e.Resource.Contains("period=2024-05") && e.Resource.Contains("disclosure=aggregate"));
    }

    [Fact]
    public async Task AnOfficesReport_CountsItsWorkingArea_AndIsNamedForIt()
    {
        var admin = await app.SignedInClientAsync("admin-laporan-kantor", Roles.Administrator);
        var saved = await admin.PutAsJsonAsync("/api/admin/offices/KANIM-SGU-UJI", new { name = "Kantor Imigrasi Sanggau (uji)", kind = "Kanim", regencyCodes = new[] { "61.05" } });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var analyst = await app.SignedInClientAsync("analis-laporan-kantor", Roles.HqAnalyst);

        var response = await analyst.GetAsync("/api/evaluation/report.pdf?period=2024-05&office=KANIM-SGU-UJI");
        var national = await analyst.GetAsync("/api/evaluation/report.pdf?period=2024-05");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("evaluasi-KANIM-SGU-UJI-2024-05.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.True(text.Contains("Kantor Imigrasi Sanggau (uji) · Mei 2024"), text);
        Assert.True(text.Contains("2 kasus tercatat dalam periode ini, dengan 5 korban, 1 di antaranya anak."), text); // not Samarinda's
        Assert.True(text.Contains("Kabupaten Sanggau 0,48 1"), text);
        using var all = PdfDocument.Open(await national.Content.ReadAsByteArrayAsync());
        Assert.Contains("3 kasus tercatat dalam periode ini, dengan 9 korban, 3 di antaranya anak.", string.Join(" ", all.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        Assert.Contains(await Screening.ScreeningFixture.LinesAsync(app, "analis-laporan-kantor"), e => e.Action == EvaluationRegistration.ReportAction
            && e.Resource.Contains("office=KANIM-SGU-UJI"));
    }

    [Fact]
    public async Task TheBriefing_PlacesEachRegion_OnTheMapsScale_TheCutsOfItsRunsCells()
    {
        // The run's cells score 0.1, 0.35, 0.6, 0.85: its cuts at the 50th…99th percentile are 0.475, 0.6625, 0.775,
        // 0.8125 and 0.8425. Sanggau's mean (0.475) is not above the median; a province at 0.8 is in its top 10 %.
        await using (var db = await app.GeoAsync())
        {
            var run = await db.RiskRuns.Where(r => r.ModelVersion == "test").Select(r => r.Id).SingleAsync();
            if (!await db.RegionRisks.AnyAsync(r => r.RunId == run && r.Code == "64"))
            {
                db.RegionRisks.Add(new RegionRisk { RunId = run, Level = "province", Code = "64", Cells = 4, MeanScore = 0.8, MaxScore = 0.85, HotCells = 0, MeanThreat = 1, MeanVulnerability = 1, MeanImpact = 1 });
                await db.SaveChangesAsync();
            }
        }
        var analyst = await app.SignedInClientAsync("analis-skala", Roles.HqAnalyst);

        static int? Band(JsonElement body, string code) =>
            body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("riskBand") is { ValueKind: JsonValueKind.Number } band
                ? band.GetInt32() : null;
        var provinces = JsonDocument.Parse(await analyst.GetStringAsync("/api/briefing/regions?days=28")).RootElement;
        var regencies = JsonDocument.Parse(await analyst.GetStringAsync("/api/briefing/regions?days=28&province=61")).RootElement;

        Assert.Equal(2, Band(provinces, "64"));
        Assert.Null(Band(provinces, "61")); // no region risk stored for it: no band rather than a guess
        Assert.Equal(-1, Band(regencies, "61.05"));
    }

    [Fact]
    public async Task AQuarterlyReport_OfTheNation_CoversThreeMonths()
    {
        var analyst = await app.SignedInClientAsync("analis-laporan-triwulan", Roles.HqAnalyst);

        var response = await analyst.GetAsync("/api/evaluation/report.pdf?period=2024-Q2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.True(text.Contains("Indonesia · Triwulan II 2024 (1 Apr 2024 – 30 Jun 2024)"), text);
    }

    [Fact]
    public async Task BadPeriodsAndProvinces_NameTheField_AndOtherAgenciesAreRefused()
    {
        var analyst = await app.SignedInClientAsync("analis-laporan-salah", Roles.HqAnalyst);
        var polri = await app.SignedInClientAsync("polri-laporan", Roles.TimporaMember, agency: "Polri");

        foreach (var (query, field) in new[] { ("period=2024-13", "period"), ("period=2024-Q5", "period"), ("", "period"), ("period=2099-01", "period"),
                     ("period=2024-05&province=99", "province"), ($"period=2024-05&province={new string('6', 40)}", "province"),
                     ("period=2024-05&office=KANIM-TIDAK-ADA", "office"), ("period=2024-05&province=61&office=KANIM-SGU-UJI", "office") })
        {
            var response = await analyst.GetAsync($"/api/evaluation/report.pdf?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/evaluation/report.pdf?period=2024-05&province=61")).StatusCode);
    }
}
