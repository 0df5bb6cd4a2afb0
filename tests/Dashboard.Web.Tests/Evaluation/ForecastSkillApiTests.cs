using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence.Configurations;
using Dashboard.Geo.Spatial;
using Dashboard.Geo.Time;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Evaluation;

/// <summary>
/// The risk map's skill month by month, known by construction: a run of 100 cells in one province ranked 1…100 (and 100
/// hotter cells in the next province), cases placed in chosen cells, so the share in the top 1 and 5 cells is counted by hand.
/// </summary>
public sealed class ForecastSkillApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const int Edge = 7777;

    // The last six complete months at headquarters, newest first: M[0] is last month.
    private static readonly DateOnly Today = TimeProvider.System.HeadquartersToday();
    private static readonly DateOnly[] M = [.. Enumerable.Range(1, 6).Select(i => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-i))];

    [Fact]
    public async Task EachMonth_IsJudgedOnTheRunInForceAtItsStart_AndAProvinceOnItsOwnRanking()
    {
        var run = await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-eval-forecast", Roles.HqAnalyst);

        var sulut = await MonthsAsync(analyst, "?province=71");
        var nation = await MonthsAsync(analyst, "");

        Assert.Equal(M, sulut.Keys.Order().Reverse());
        // Last month: the later run had not finished when it began and the failed one never counts, so the first run ranks it.
        AssertSkill(sulut[M[0]], run, cases: 1, cells: 100, hit1: 1.0, pai1: 100, hit5: 1.0, pai5: 20);
        // Four cases: one in the top cell, one more in the top five, two below.
        AssertSkill(sulut[M[1]], run, cases: 4, cells: 100, hit1: 0.25, pai1: 25, hit5: 0.5, pai5: 10);
        Assert.Equal("NoCases", sulut[M[2]].GetProperty("state").GetString());
        Assert.Equal(run, sulut[M[2]].GetProperty("runId").GetInt32());
        Assert.Equal(JsonValueKind.Null, sulut[M[2]].GetProperty("hitRateAt1").ValueKind);
        // Before the first run finished: the month's case is counted but cannot be judged.
        Assert.Equal("NoRun", sulut[M[3]].GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, sulut[M[3]].GetProperty("runId").ValueKind);
        Assert.Equal(1, sulut[M[3]].GetProperty("cases").GetInt32());
        Assert.Equal(JsonValueKind.Null, sulut[M[3]].GetProperty("paiAt5").ValueKind);
        Assert.Equal("NoRun", sulut[M[5]].GetProperty("state").GetString());
        // Nationally the other province's hotter cells fill the top 2 and 10 of 200: the same cases are all missed.
        AssertSkill(nation[M[1]], run, cases: 4, cells: 200, hit1: 0, pai1: 0, hit5: 0, pai5: 0);
    }

    [Fact]
    public async Task TheForecast_IsForHeadquartersOnly_AndChecksItsFilterAsTheAlertsDo()
    {
        var polri = await app.SignedInClientAsync("polri-eval-forecast", Roles.TimporaMember, agency: "Polri");
        var planner = await app.SignedInClientAsync("perencana-eval-forecast", Roles.PatrolPlanner);
        var officer = await app.SignedInClientAsync("petugas-eval-forecast", Roles.FieldOfficer);
        var admin = await app.SignedInClientAsync("admin-eval-forecast", Roles.Administrator);

        foreach (var path in new[] { "/api/evaluation/forecast", "/api/evaluation/patrols" })
        {
            foreach (var refused in new[] { polri, planner, officer })
                Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync(path)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
            foreach (var (query, field) in new[] { ("from=2024-05-01&to=2024-04-01", "from"), ("from=nope", "from"), ("office=NOPE", "office") })
            {
                var response = await admin.GetAsync($"{path}?{query}");
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)), $"{path}?{query}: {problem}");
            }
        }
    }

    [Fact]
    public async Task ThePage_ShowsThePatrolAndForecastSections()
    {
        await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-eval-forecast-page", Roles.HqAnalyst);

        var page = await analyst.GetStringAsync("/evaluation");

        // The prerendered copy holds the figures but is not "ready": that waits for the interactive circuit's own load.
        Assert.Contains("data-ready=\"false\"", page);
        Assert.Contains("data-testid=\"evaluation-patrols\"", page);
        Assert.Contains("data-testid=\"evaluation-patrols-empty\"", page); // no patrol in this class's database
        Assert.Contains("data-testid=\"evaluation-forecast\"", page);
        Assert.Equal(6, page.Split("data-testid=\"evaluation-forecast-month\"").Length - 1);
        Assert.Contains($"data-month=\"{M[1]:yyyy-MM}\" data-state=\"Scored\"", page);
        Assert.Contains($"data-month=\"{M[3]:yyyy-MM}\" data-state=\"NoRun\"", page);
    }

    private static void AssertSkill(JsonElement month, int run, int cases, int cells, double hit1, double pai1, double hit5, double pai5)
    {
        Assert.Equal("Scored", month.GetProperty("state").GetString());
        Assert.Equal(run, month.GetProperty("runId").GetInt32());
        Assert.Equal(cases, month.GetProperty("cases").GetInt32());
        Assert.Equal(cells, month.GetProperty("cells").GetInt32());
        Assert.Equal(hit1, month.GetProperty("hitRateAt1").GetDouble(), 6);
        Assert.Equal(pai1, month.GetProperty("paiAt1").GetDouble(), 6);
        Assert.Equal(hit5, month.GetProperty("hitRateAt5").GetDouble(), 6);
        Assert.Equal(pai5, month.GetProperty("paiAt5").GetDouble(), 6);
    }

    private static async Task<Dictionary<DateOnly, JsonElement>> MonthsAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/evaluation/forecast{query}")).GetProperty("months").EnumerateArray()
            .ToDictionary(m => DateOnly.Parse(m.GetProperty("month").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The run in force from the third month back, a failed run and a later run that both rank the province upside down
    /// (neither may count), and cases in last month, the month before it, the fourth month (before any run) and this month.
    /// </summary>
    private async Task<int> WorldAsync()
    {
        await using var db = await app.GeoAsync();
        if (await db.RiskRuns.Where(r => r.Trigger == "eval-forecast").OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync() is { } known)
            return known;
        db.Provinces.AddRange(new Province { Code = "71", Name = "Sulawesi Utara", Seat = Geometries.Point(124.8, 1.5) },
            new Province { Code = "72", Name = "Sulawesi Tengah", Seat = Geometries.Point(119.9, -0.9) });
        db.Regencies.AddRange(new Regency { Code = "71.01", ProvinceCode = "71", Name = "Kabupaten Uji Utara", Seat = Geometries.Point(120.5, 1.0) },
            new Regency { Code = "72.01", ProvinceCode = "72", Name = "Kabupaten Uji Tengah", Seat = Geometries.Point(122.0, -0.5) });
        var inForce = Run(RiskRunStatus.Succeeded, HeadquartersTime.StartOf(M[2]).AddDays(-2));
        var failed = Run(RiskRunStatus.Failed, HeadquartersTime.StartOf(M[0]).AddDays(-1));
        var later = Run(RiskRunStatus.Succeeded, HeadquartersTime.StartOf(M[0]).AddDays(2));
        db.RiskRuns.AddRange(inForce, failed, later);
        await db.SaveChangesAsync();
        for (var k = 1; k <= 100; k++)
        {
            db.GridCells.Add(Cell(7_100_000 + k, Sulut(k), "71"));
            db.GridCells.Add(Cell(7_200_000 + k, (121.5 + (k - 1) % 10 * 0.1, -1.0 + (k - 1) / 10 * 0.1), "72"));
            db.CellRisks.Add(Risk(inForce, 7_100_000 + k, "71", k));
            db.CellRisks.Add(Risk(inForce, 7_200_000 + k, "72", 1000 + k));
            db.CellRisks.Add(Risk(failed, 7_100_000 + k, "71", 101 - k));
            db.CellRisks.Add(Risk(later, 7_100_000 + k, "71", 101 - k));
        }
        var n = 0;
        foreach (var (day, rank) in new[]
        {
            (M[0].AddDays(3), 100),
            (M[1], 100), (M[0].AddDays(-1), 97), (M[1].AddDays(10), 50), (M[1].AddDays(20), 1),
            (M[3].AddDays(5), 100),
            (Today, 100),
        })
        {
            var (lon, lat) = Sulut(rank);
            db.CaseOrigins.Add(new CaseOrigin
            {
                Reference = $"EVAL-FC-{++n}", Location = Geometries.Point(lon + 0.05, lat + 0.05), ProvinceCode = "71", RegencyCode = "71.01",
                ReportedOn = day, ModusOperandiCode = ModusOperandiCatalogue.OnlineScamJob, DestinationCountry = "KH", ReportingAgency = "Polri",
                Status = CaseStatus.Active, VictimCount = 1,
            });
        }
        await db.SaveChangesAsync();
        return inForce.Id;
    }

    // Cell k of the first province: a 10 × 10 block of 0.1° squares, k = 1 at the south-west corner.
    private static (double Lon, double Lat) Sulut(int k) => (120.0 + (k - 1) % 10 * 0.1, 0.5 + (k - 1) / 10 * 0.1);

    private static RiskRun Run(RiskRunStatus status, DateTimeOffset finished) => new()
    {
        StartedAt = finished.AddHours(-1).ToUniversalTime(), FinishedAt = finished.ToUniversalTime(), Status = status, Trigger = "eval-forecast",
        ModelVersion = "test", AsOf = DateOnly.FromDateTime(finished.AtHeadquarters().DateTime), GridEdgeMetres = Edge, Parameters = "{}", CellCount = 100,
    };

    private static GridCell Cell(long id, (double Lon, double Lat) corner, string province) => new()
    {
        EdgeMetres = Edge, Id = id, ProvinceCode = province, RegencyCode = $"{province}.01",
        Boundary = Geometries.Factory.CreatePolygon([new(corner.Lon, corner.Lat), new(corner.Lon + 0.1, corner.Lat), new(corner.Lon + 0.1, corner.Lat + 0.1),
            new(corner.Lon, corner.Lat + 0.1), new(corner.Lon, corner.Lat)]),
        Centre = Geometries.Point(corner.Lon + 0.05, corner.Lat + 0.05),
    };

    private static CellRisk Risk(RiskRun run, long cell, string province, double score) => new()
    {
        RunId = run.Id, CellId = cell, ProvinceCode = province, RegencyCode = $"{province}.01", Score = score,
    };
}
