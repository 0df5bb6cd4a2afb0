using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Persistence.Configurations;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// The TIMPORA briefing on a real PostGIS: regions ranked with their counts, the same numbers for immigration and
/// "&lt;5" for other agencies in the table, the exports and the trend, every read in the audit log.
/// </summary>
public sealed class BriefingApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task Immigration_SeesExactCounts_RankedAndComparedWithThePeriodBefore()
    {
        await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-briefing", Roles.HqAnalyst);

        var rows = await RowsAsync(analyst, "/api/briefing/regions?days=28");

        var kalbar = rows.Single(r => r.GetProperty("code").GetString() == "61");
        Assert.Equal(1, kalbar.GetProperty("rank").GetInt32());
        Assert.Equal("14", kalbar.GetProperty("cases").GetString());
        Assert.Equal("3", kalbar.GetProperty("casesBefore").GetString());
        Assert.Equal(11, kalbar.GetProperty("casesChange").GetInt32());
        Assert.Equal("28", kalbar.GetProperty("victims").GetString());
        Assert.Equal("3", rows.Single(r => r.GetProperty("code").GetString() == "33").GetProperty("cases").GetString());
    }

    [Fact]
    public async Task AnotherAgency_GetsTheLastEndedWeek_WithNoCountUnderFive_InTheTable_TheRegencies_TheExports_AndTheTrend()
    {
        await WorldAsync();
        var polri = await app.SignedInClientAsync("polri-briefing", Roles.TimporaMember, agency: "Polri");
        static bool Safe(string? text) => text is "<5" or "0" || (int.TryParse(text, out var n) && n >= 5);

        var response = JsonDocument.Parse(await polri.GetStringAsync("/api/briefing/regions?days=28")).RootElement;
        // "The last 28 days" is, for another agency, the last ISO week that has ended: no day-level window.
        var week = Geo.Disclosure.DisclosureCalendar.LastEnded(Geo.Disclosure.CalendarGranularity.Week, Today());
        Assert.Equal(week.Key, response.GetProperty("calendar").GetString());
        Assert.Equal("aggregate", response.GetProperty("disclosure").GetString());
        var rows = response.GetProperty("rows").EnumerateArray().ToList();
        foreach (var column in new[] { "cases", "casesBefore", "victims", "minors", "reports", "openAlerts" })
            Assert.All(rows, r => Assert.True(Safe(r.GetProperty(column).GetString()), $"{column}: {r.GetProperty(column)}"));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("riskChange").ValueKind));

        var regencies = await RowsAsync(polri, "/api/briefing/regions?days=28&province=61");
        Assert.All(regencies, r => Assert.True(Safe(r.GetProperty("cases").GetString())));

        var csv = (await polri.GetStringAsync("/api/briefing/regions.csv?days=28")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# disclosure=aggregate; k=5;", csv[0]);
        var header = csv[1].Split(',');
        Assert.All(csv.Skip(2), l => Assert.True(Safe(l.Split(',')[Array.IndexOf(header, "cases")]), l));

        var geojson = JsonDocument.Parse(await polri.GetStringAsync("/api/briefing/regions.geojson?days=28")).RootElement;
        Assert.Equal(5, geojson.GetProperty("disclosure").GetProperty("k").GetInt32());

        var trend = JsonDocument.Parse(await polri.GetStringAsync("/api/briefing/trend?area=61&weeks=26")).RootElement;
        var weeks = trend.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(26, weeks.Count);
        // Up to the last week that has ended: the week still running would grow day by day.
        Assert.Equal(week.From, DateOnly.Parse(weeks[^1].GetProperty("weekStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(weeks.Where(w => w.GetProperty("count").ValueKind == JsonValueKind.Null), w => Assert.Equal("<5", w.GetProperty("label").GetString()));
        Assert.DoesNotContain(weeks, w => w.GetProperty("count").ValueKind == JsonValueKind.Number && w.GetProperty("count").GetInt32() is > 0 and < 5);

        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        var reads = await audit.AccessEvents.Where(e => e.UserName == "polri-briefing").Select(e => e.Action).ToListAsync();
        Assert.Equal(4, reads.Count(a => a == "briefing.regions"));
        Assert.Contains("briefing.trend", reads);
    }

    [Fact]
    public async Task ImmigrationTrend_ShowsEveryWeeksExactCount_WithTheAlarmLevelAboveTheBaseline()
    {
        await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-trend", Roles.HqAnalyst);

        var trend = JsonDocument.Parse(await analyst.GetStringAsync("/api/briefing/trend?area=61.05&weeks=13")).RootElement;

        var weeks = trend.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(13, weeks.Count);
        // 13 weeks hold this period's 12 cases and the 3 of five weeks ago.
        Assert.Equal(15, weeks.Sum(w => w.GetProperty("count").GetInt32()));
        Assert.All(weeks, w => Assert.True(w.GetProperty("alarmLevel").GetDouble() > w.GetProperty("expected").GetDouble()));
    }

    [Fact]
    public async Task ComparingWithTheSamePeriodAYearEarlier_CountsThoseDays()
    {
        await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-year", Roles.HqAnalyst);

        var response = JsonDocument.Parse(await analyst.GetStringAsync("/api/briefing/regions?days=28&compare=year")).RootElement;

        var period = response.GetProperty("period");
        Assert.Equal(DateOnly.Parse(period.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddYears(-1),
            DateOnly.Parse(period.GetProperty("compareFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var kalbar = response.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "61");
        Assert.Equal("14", kalbar.GetProperty("cases").GetString());
        Assert.Equal("2", kalbar.GetProperty("casesBefore").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync("/api/briefing/regions?compare=decade")).StatusCode);
    }

    [Fact]
    public async Task BadRequests_NameTheirFields()
    {
        await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-bad", Roles.HqAnalyst);

        var period = await analyst.GetAsync("/api/briefing/regions?days=10&province=Kalbar");
        var errors = (await period.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.True(errors.TryGetProperty("days", out _));
        Assert.True(errors.TryGetProperty("province", out _));
        var half = await analyst.GetAsync("/api/briefing/regions?from=2026-11-01");
        Assert.Contains("both from and to", await half.Content.ReadAsStringAsync());
        var area = await analyst.GetAsync("/api/briefing/trend?area=99.99");
        Assert.Equal(HttpStatusCode.BadRequest, area.StatusCode);
    }

    [Fact]
    public async Task AnotherAgency_IsRefusedEveryRouteThatServesRecords()
    {
        var bin = await app.SignedInClientAsync("bin-briefing", Roles.TimporaMember, agency: "BIN");

        foreach (var route in new[] { "/api/alerts", "/api/alerts/1", "/api/situation/events", "/api/situation/kpis", "/api/patrols", "/api/patrols/1/gpx", "/api/patrols/bases" })
            Assert.True((await bin.GetAsync(route)).StatusCode == HttpStatusCode.Forbidden, route);
        Assert.Equal(HttpStatusCode.Forbidden, (await bin.PostAsJsonAsync("/api/reports", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bin.GetAsync("/api/briefing/regions")).StatusCode);
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static async Task<List<JsonElement>> RowsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.GetProperty("rows").EnumerateArray()];
    }

    private async Task WorldAsync()
    {
        await using var db = await app.GeoAsync();
        if (await db.Provinces.AnyAsync(p => p.Code == "61" && p.Name == "Kalimantan Barat") && await db.CaseOrigins.AnyAsync(c => c.Reference.StartsWith("BRF-")))
            return;
        if (!await db.Provinces.AnyAsync(p => p.Code == "61"))
        {
            db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) });
            db.Regencies.Add(new Regency { Code = "61.05", ProvinceCode = "61", Name = "Kabupaten Sanggau", Seat = Geometries.Point(110.6, 0.12) });
        }
        db.Regencies.Add(new Regency { Code = "61.07", ProvinceCode = "61", Name = "Kabupaten Bengkayang", Seat = Geometries.Point(109.66, 0.82) });
        db.Provinces.Add(new Province { Code = "33", Name = "Jawa Tengah", Seat = Geometries.Point(110.42, -6.99) });
        db.Regencies.Add(new Regency { Code = "33.01", ProvinceCode = "33", Name = "Kabupaten Cilacap", Seat = Geometries.Point(109.0, -7.7) });
        var today = Today();
        var n = 0;
        void Cases(string regency, int count, int daysAgo)
        {
            for (var i = 0; i < count; i++)
            {
                var origin = new CaseOrigin
                {
                    Reference = $"BRF-{n++}", Location = Geometries.Point(110.5, 0.1), ProvinceCode = regency[..2], RegencyCode = regency,
                    ReportedOn = today.AddDays(-daysAgo - i % 5), ModusOperandiCode = ModusOperandiCatalogue.OnlineScamJob, DestinationCountry = "KH",
                    ReportingAgency = "Polri", Status = CaseStatus.Active,
                };
                origin.SetVictims([new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age18To20, Count = 2 }]);
                db.CaseOrigins.Add(origin);
            }
        }
        Cases("61.05", 12, 2);
        Cases("61.07", 2, 3);
        Cases("61.05", 3, 35);
        Cases("33.01", 3, 4);
        Cases("61.05", 2, 366);
        await db.SaveChangesAsync();
    }
}
