using System.Globalization;
using System.Net;
using System.Text.Json;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// The differencing attacks of issue 13, made by a police member of TIMPORA against the real endpoints on a real
/// PostGIS. Each must learn nothing the disclosure rules hide: above all, Bengkayang's single case.
/// </summary>
public sealed class DisclosureApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpClient> PolriAsync()
    {
        await using (var db = await app.GeoAsync())
            await DisclosureWorld.EnsureAsync(db);
        return await app.SignedInClientAsync("polri-disclosure", Roles.TimporaMember, agency: "Polri");
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static long? Count(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetInt64()
        : long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A total and its parts as published: the total less the visible parts must be nothing, or at least k over two hidden parts.</summary>
    private static void AssertNothingFollows(long? total, IReadOnlyList<long?> parts, string what)
    {
        Assert.All(parts, p => Assert.True(p is null or 0 or >= 5, $"{what}: a count under 5 is shown: {p}"));
        if (total is not { } t || parts.All(p => p is not null))
            return;
        var hidden = parts.Count(p => p is null);
        var rest = t - parts.Sum(p => p ?? 0);
        Assert.True(hidden >= 2 && rest >= 5, $"{what}: {t} minus the visible parts leaves {rest} over {hidden} hidden part(s)");
    }

    [Fact]
    public async Task CasesLayer_OverlappingBoxesAndZooms_AndDayShiftedPeriods_AllGiveTheSameRegencyFigures()
    {
        var polri = await PolriAsync();
        var week = DisclosureWorld.Week;

        // Zoomed right into Bengkayang's village for one day, and the whole country for the next day.
        var close = await JsonAsync(polri, $"/api/map/layers/cases?bbox=109.69,0.84,109.71,0.86&zoom=22&from={Day(week.From.AddDays(2))}&to={Day(week.From.AddDays(2))}");
        var wide = await JsonAsync(polri, $"/api/map/layers/cases?bbox=94,-11.5,141.5,6.5&zoom=5&from={Day(week.From.AddDays(3))}&to={Day(week.From.AddDays(3))}");

        Assert.Equal(close.GetProperty("features").GetRawText(), wide.GetProperty("features").GetRawText());
        Assert.Equal(week.Key, close.GetProperty("disclosure").GetProperty("period").GetString());
        var features = close.GetProperty("features").EnumerateArray().ToList();
        Assert.All(features, f => Assert.False(f.TryGetProperty("id", out _)));
        var bengkayang = features.Single(f => f.GetProperty("properties").GetProperty("regency").GetString() == DisclosureWorld.SingleCaseRegency).GetProperty("properties");
        // Its cases, victims and minors are hidden together, not only the case count.
        Assert.Equal("<5", bengkayang.GetProperty("cases").GetString());
        Assert.Equal("<5", bengkayang.GetProperty("victims").GetString());
        Assert.Equal("<5", bengkayang.GetProperty("minors").GetString());
        var province = features.Where(f => f.GetProperty("properties").GetProperty("regency").GetString()!.StartsWith("61.", StringComparison.Ordinal))
            .Select(f => Count(f.GetProperty("properties").GetProperty("cases"))).ToList();
        Assert.True(province.Count(c => c is null) >= 2, "another regency is hidden with Bengkayang, so Kalimantan Barat's total gives nothing away");
    }

    [Fact]
    public async Task CasesLayer_APeriodStillRunning_IsRefused_NamingTheField()
    {
        var polri = await PolriAsync();
        var today = Day(DisclosureWorld.Today);

        var response = await polri.GetAsync($"/api/map/layers/cases?bbox=94,-11.5,141.5,6.5&zoom=5&from={today}&to={today}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("ended", errors.GetProperty("to")[0].GetString());
    }

    [Fact]
    public async Task Briefing_DayShiftedPeriods_GiveTheSameTable()
    {
        var polri = await PolriAsync();
        var week = DisclosureWorld.Week;

        var one = await JsonAsync(polri, $"/api/briefing/regions?province=61&from={Day(week.From)}&to={Day(week.From.AddDays(3))}");
        var other = await JsonAsync(polri, $"/api/briefing/regions?province=61&from={Day(week.From.AddDays(1))}&to={Day(week.From.AddDays(4))}");

        Assert.Equal(one.GetProperty("rows").GetRawText(), other.GetProperty("rows").GetRawText());
        Assert.Equal(week.Key, one.GetProperty("calendar").GetString());
        Assert.Equal(Day(week.From), one.GetProperty("period").GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("cases")]
    [InlineData("victims")]
    [InlineData("minors")]
    public async Task Briefing_AProvinceMinusItsRegencies_RevealsNoHiddenCount_InTheWeekOrTheQuarter(string measure)
    {
        var polri = await PolriAsync();
        foreach (var period in new[] { DisclosureWorld.Week, DisclosureWorld.Quarter })
        {
            var query = $"from={Day(period.From)}&to={Day(period.To)}";
            var provinces = (await JsonAsync(polri, $"/api/briefing/regions?{query}")).GetProperty("rows").EnumerateArray().ToList();
            foreach (var province in new[] { "61", "33" })
            {
                var total = Count(provinces.Single(r => r.GetProperty("code").GetString() == province).GetProperty(measure));
                var regencies = (await JsonAsync(polri, $"/api/briefing/regions?province={province}&{query}")).GetProperty("rows").EnumerateArray()
                    .Select(r => Count(r.GetProperty(measure))).ToList();
                AssertNothingFollows(total, regencies, $"{measure} of {province} in {period.Key}");
            }
        }
    }

    [Fact]
    public async Task Trend_AParentMinusItsChildren_RevealsNoHiddenWeek()
    {
        var polri = await PolriAsync();
        async Task<Dictionary<string, long?>> WeeksAsync(string area) =>
            (await JsonAsync(polri, $"/api/briefing/trend?area={area}&weeks=26")).GetProperty("weeks").EnumerateArray()
                .ToDictionary(w => w.GetProperty("weekStart").GetString()!, w => w.GetProperty("count") is { ValueKind: JsonValueKind.Number } c ? (long?)c.GetInt64() : null);

        var province = await WeeksAsync("61");
        var children = new[] { "61.05", "61.07", "61.08" };
        var regencies = new List<Dictionary<string, long?>>();
        foreach (var r in children)
            regencies.Add(await WeeksAsync(r));

        var week = Day(DisclosureWorld.Week.From);
        Assert.True(province.ContainsKey(week), "the trend reaches the seeded week");
        Assert.Null(regencies[1][week]);
        foreach (var (start, total) in province)
            AssertNothingFollows(total, [.. regencies.Select(r => r[start])], $"week {start} of 61");
    }

    [Fact]
    public async Task Briefing_RanksTies_ByName_NotByTheHiddenCounts()
    {
        var polri = await PolriAsync();
        var week = DisclosureWorld.Week;

        var rows = (await JsonAsync(polri, $"/api/briefing/regions?province=61&from={Day(week.From)}&to={Day(week.To)}")).GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("risk").ValueKind == JsonValueKind.Null).ToList();

        var names = rows.Select(r => r.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(["Kabupaten Bengkayang", "Kabupaten Landak", "Kabupaten Sanggau"], names);
    }

    [Fact]
    public async Task Exports_StateTheirK_AndAPartnerExportAtElevenHidesWhatFiveShows()
    {
        var polri = await PolriAsync();
        var week = DisclosureWorld.Week;
        var query = $"province=61&from={Day(week.From)}&to={Day(week.To)}";

        var atFive = (await polri.GetStringAsync($"/api/briefing/regions.csv?{query}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var atEleven = (await polri.GetStringAsync($"/api/briefing/regions.csv?{query}&k=11")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var geojson = JsonDocument.Parse(await polri.GetStringAsync($"/api/briefing/regions.geojson?{query}&k=11")).RootElement;

        Assert.StartsWith("# disclosure=aggregate; k=5;", atFive[0]);
        Assert.StartsWith("# disclosure=aggregate; k=11;", atEleven[0]);
        var header = atEleven[1].Split(',');
        string Cases(string[] lines, string code) => lines.Single(l => l.Contains($",{code},", StringComparison.Ordinal)).Split(',')[Array.IndexOf(header, "cases")];
        // At 5 Landak's 6 is hidden beside Bengkayang's 1 (7 between them); at 11 that is too few, so Sanggau's 12 goes too.
        Assert.Equal("12", Cases(atFive, "61.05"));
        Assert.Equal("<5", Cases(atFive, "61.08"));
        Assert.Equal("<11", Cases(atEleven, "61.08"));
        Assert.Equal("<11", Cases(atEleven, "61.05"));
        Assert.All(atEleven.Skip(2), l => Assert.True(l.Split(',')[Array.IndexOf(header, "cases")] is "<11" or "0", l));
        Assert.Equal(11, geojson.GetProperty("disclosure").GetProperty("k").GetInt32());
        Assert.Equal("aggregate", geojson.GetProperty("disclosure").GetProperty("level").GetString());
        // A k below the minimum is raised to it; a k that is not a number is refused by name.
        Assert.StartsWith("# disclosure=aggregate; k=5;", (await polri.GetStringAsync($"/api/briefing/regions.csv?{query}&k=2")).Split('\n')[0]);
        var bad = await polri.GetAsync($"/api/briefing/regions.csv?{query}&k=eleven");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"k\"", await bad.Content.ReadAsStringAsync());

        var analyst = await app.SignedInClientAsync("analis-disclosure", Roles.HqAnalyst);
        Assert.StartsWith("# disclosure=detail", (await analyst.GetStringAsync($"/api/briefing/regions.csv?{query}")).Split('\n')[0]);
        var partner = (await analyst.GetStringAsync($"/api/briefing/regions.csv?{query}&k=11")).Split('\n');
        Assert.StartsWith("# disclosure=aggregate; k=11;", partner[0]);
        Assert.Contains(partner, l => l.Contains(",61.08,", StringComparison.Ordinal) && l.Contains("<11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Risk_AnotherAgency_SeesOnlyThePublishedRun_RoundedAndClassed_WithNoInputCountsChangeOrRawFactors()
    {
        var polri = await PolriAsync();
        var (published, latest, cell) = await RiskRunsAsync();

        var runs = (await JsonAsync(polri, "/api/risk/runs")).EnumerateArray().ToList();
        var explanation = await JsonAsync(polri, $"/api/risk/cells/{cell}?run={latest}&compare={published}");
        var layer = await JsonAsync(polri, $"/api/map/layers/risk?bbox=109,0,111,1&zoom=9&run={latest}&compare={published}");
        var regions = (await JsonAsync(polri, "/api/risk/regions")).EnumerateArray().ToList();

        Assert.Equal(published, Assert.Single(runs).GetProperty("id").GetInt32());
        Assert.False(runs[0].TryGetProperty("inputCounts", out _));
        Assert.Equal(published, explanation.GetProperty("runId").GetInt32());
        foreach (var raw in new[] { "caseDensity", "reportDensity", "minorShare", "highRiskDestinationShare", "giZ", "previousScore", "previousRunId" })
            Assert.False(explanation.TryGetProperty(raw, out _), raw);
        Assert.Equal("VeryHigh", explanation.GetProperty("scoreClass").GetString());
        Assert.Equal(0.99, explanation.GetProperty("score").GetDouble());
        Assert.Equal(published, layer.GetProperty("run").GetInt32());
        var features = layer.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.False(f.GetProperty("properties").TryGetProperty("change", out _)));
        Assert.All(features, f => Assert.True(f.GetProperty("properties").TryGetProperty("class", out _)));
        Assert.All(regions, r => Assert.False(r.TryGetProperty("changeSincePreviousRun", out _)));

        // Immigration keeps today's detail: the newest run, with its inputs and the change since the one before.
        var analyst = await app.SignedInClientAsync("analis-risk-disclosure", Roles.HqAnalyst);
        Assert.Equal(latest, (await JsonAsync(analyst, "/api/risk/runs")).EnumerateArray().First().GetProperty("id").GetInt32());
        var detail = await JsonAsync(analyst, $"/api/risk/cells/{cell}");
        Assert.Equal(latest, detail.GetProperty("runId").GetInt32());
        Assert.True(detail.TryGetProperty("caseDensity", out _));

        // The change map: the collection names the run it is compared with (the map then draws change, not level);
        // for another agency it never does, whatever it asks.
        var changeLayer = await JsonAsync(analyst, $"/api/map/layers/risk?bbox=109,0,111,1&zoom=9&run={latest}&compare={published}");
        Assert.Equal(published, changeLayer.GetProperty("compare").GetInt32());
        Assert.All(changeLayer.GetProperty("features").EnumerateArray(), f => Assert.True(f.GetProperty("properties").TryGetProperty("change", out _)));
        Assert.Equal(JsonValueKind.Null, (await JsonAsync(analyst, $"/api/map/layers/risk?bbox=109,0,111,1&zoom=9&run={latest}")).GetProperty("compare").ValueKind);
        Assert.Equal(JsonValueKind.Null, layer.GetProperty("compare").ValueKind);
    }

    /// <summary>A run finished days ago (published) and one finished just now, after a report (not yet published).</summary>
    private async Task<(int Published, int Latest, long Cell)> RiskRunsAsync()
    {
        const int edge = 7777;
        await using var db = await app.GeoAsync();
        RiskRun Run(DateTimeOffset finished) => new()
        {
            StartedAt = finished.AddMinutes(-1), FinishedAt = finished, Status = RiskRunStatus.Succeeded, Trigger = "test", ModelVersion = "test",
            AsOf = DateOnly.FromDateTime(finished.UtcDateTime), GridEdgeMetres = edge, Parameters = "{}", InputCounts = "{\"cases\": 41, \"reports\": 7}",
        };
        var old = Run(DateTimeOffset.UtcNow.AddDays(-3));
        var fresh = Run(DateTimeOffset.UtcNow);
        db.RiskRuns.AddRange(old, fresh);
        await db.SaveChangesAsync();
        var first = await db.GridCells.AnyAsync(c => c.EdgeMetres == edge) ? await db.GridCells.Where(c => c.EdgeMetres == edge).MaxAsync(c => c.Id) + 1 : 1;
        for (var i = 0; i < 10; i++)
        {
            var lon = 109.5 + i * 0.1;
            db.GridCells.Add(new GridCell
            {
                EdgeMetres = edge, Id = first + i, Centre = Geometries.Point(lon + 0.05, 0.55),
                Boundary = Geometries.Factory.CreatePolygon([new(lon, 0.5), new(lon + 0.1, 0.5), new(lon + 0.1, 0.6), new(lon, 0.6), new(lon, 0.5)]),
            });
            foreach (var (run, bump) in new[] { (old, 0.0), (fresh, 0.0123) })
                db.CellRisks.Add(new CellRisk
                {
                    RunId = run.Id, CellId = first + i, ProvinceCode = "61", RegencyCode = "61.05", Score = (i == 9 ? 0.98765 : 0.1 + i * 0.01) + bump,
                    Threat = 1 + i, Vulnerability = 1, Impact = 1, CaseDensity = 0.123456 * i, ReportDensity = 0.5 + bump, MinorShare = 0.25,
                });
        }
        await db.SaveChangesAsync();
        return (old.Id, fresh.Id, first + 9);
    }
}
