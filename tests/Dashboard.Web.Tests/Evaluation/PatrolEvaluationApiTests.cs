using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Spatial;
using Dashboard.Geo.Time;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Evaluation;

/// <summary>What completed patrols found for the distance they covered, per base and mode and per rat route they stopped at.</summary>
public sealed class PatrolEvaluationApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    // A ten-day period a month back: days of the clock, so the test never ages; no other test of the class completes patrols in it.
    private static readonly DateOnly Today = TimeProvider.System.HeadquartersToday();
    private static readonly DateOnly From = Today.AddDays(-40), To = Today.AddDays(-30);
    private static readonly string Query = $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";

    [Fact]
    public async Task CompletedPatrolsOfThePeriod_GiveFindingsPerHundredKilometres_ByBaseAndMode_AndByRouteVisited()
    {
        var (jalan, sungai) = await WorldAsync();
        var analyst = await app.SignedInClientAsync("analis-eval-patrols", Roles.HqAnalyst);

        var answer = (await analyst.GetFromJsonAsync<JsonElement>($"/api/evaluation/patrols?{Query}")).GetProperty("patrols");

        var bases = answer.GetProperty("bases").EnumerateArray()
            .ToDictionary(b => (b.GetProperty("baseCode").GetString(), b.GetProperty("mode").GetString()));
        Assert.Equal(3, bases.Count);
        AssertFigures(bases[("EVP-ENT", "Land")], patrols: 2, km: 100, findings: 3, per100Km: 3.0);
        AssertFigures(bases[("EVP-ENT", "Sea")], patrols: 1, km: 25, findings: 0, per100Km: 0.0);
        AssertFigures(bases[("EVP-BTM", "Land")], patrols: 1, km: 50, findings: 4, per100Km: 8.0);
        Assert.Equal("Pos Entikong Uji", bases[("EVP-ENT", "Land")].GetProperty("baseName").GetString());
        AssertFigures(answer, patrols: 4, km: 175, findings: 7, per100Km: 4.0);
        var routes = answer.GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("routeId").GetInt32());
        Assert.Equal(2, routes.Count); // the cell stops name no route
        Assert.Equal("Jalan Setapak Evaluasi", routes[jalan].GetProperty("name").GetString());
        Assert.Equal(2, routes[jalan].GetProperty("patrols").GetInt32());  // the patrol that stopped there twice counts once
        Assert.Equal(3, routes[jalan].GetProperty("findings").GetInt32());
        Assert.Equal(2, routes[sungai].GetProperty("patrols").GetInt32());
        Assert.Equal(1, routes[sungai].GetProperty("findings").GetInt32()); // the patrol visiting both routes counts for both
    }

    [Fact]
    public async Task AProvinceOrAnOffice_CountsThePatrolsWhoseBaseCrossingLiesInIt()
    {
        await WorldAsync();
        await Screening.ScreeningFixture.OfficesAsync(app); // Batam covers 21.71, Entikong 61.03
        var analyst = await app.SignedInClientAsync("analis-eval-patrols-area", Roles.HqAnalyst);

        var kalbar = (await analyst.GetFromJsonAsync<JsonElement>($"/api/evaluation/patrols?{Query}&province=61")).GetProperty("patrols");
        var batam = await analyst.GetFromJsonAsync<JsonElement>($"/api/evaluation/patrols?{Query}&office={Screening.ScreeningFixture.Batam}");
        var elsewhere = (await analyst.GetFromJsonAsync<JsonElement>($"/api/evaluation/patrols?{Query}&province=94")).GetProperty("patrols");

        Assert.All(kalbar.GetProperty("bases").EnumerateArray(), b => Assert.Equal("EVP-ENT", b.GetProperty("baseCode").GetString()));
        AssertFigures(kalbar, patrols: 3, km: 125, findings: 3, per100Km: 2.4);
        Assert.Equal(Screening.ScreeningFixture.Batam, batam.GetProperty("office").GetString());
        AssertFigures(batam.GetProperty("patrols"), patrols: 1, km: 50, findings: 4, per100Km: 8.0);
        Assert.Empty(batam.GetProperty("patrols").GetProperty("routes").EnumerateArray());
        AssertFigures(elsewhere, patrols: 0, km: 0, findings: 0, per100Km: null);
    }

    private static void AssertFigures(JsonElement row, int patrols, double km, int findings, double? per100Km)
    {
        Assert.Equal(patrols, row.GetProperty("patrols").GetInt32());
        Assert.Equal(km, row.GetProperty("kilometres").GetDouble(), 6);
        Assert.Equal(findings, row.GetProperty("findings").GetInt32());
        if (per100Km is null)
            Assert.Equal(JsonValueKind.Null, row.GetProperty("findingsPer100Km").ValueKind);
        else
            Assert.Equal(per100Km.Value, row.GetProperty("findingsPer100Km").GetDouble(), 6);
    }

    /// <summary>
    /// Two bases (Entikong in 61.03, Batam in 21.71) and two rat routes; four patrols completed in the period, and four
    /// that must not count: done the minute before it or the minute after it, still planned, or cancelled.
    /// </summary>
    private async Task<(int Jalan, int Sungai)> WorldAsync()
    {
        await using var db = await app.GeoAsync();
        if (db.RatRoutes.Where(r => r.LocalName == "Jalan Setapak Evaluasi").Select(r => (int?)r.Id).FirstOrDefault() is { } known)
            return (known, db.RatRoutes.Single(r => r.LocalName == "Alur Sungai Evaluasi").Id);
        db.BorderCrossings.AddRange(Crossing("EVP-ENT", "Pos Entikong Uji", "61", "61.03", 110.35, 1.0), Crossing("EVP-BTM", "Pos Batam Uji", "21", "21.71", 104.0, 1.1));
        var jalan = Route("Jalan Setapak Evaluasi", (110.4, 1.0), (110.5, 1.1));
        var sungai = Route("Alur Sungai Evaluasi", (110.3, 1.2), (110.3, 1.3));
        db.RatRoutes.AddRange(jalan, sungai);
        await db.SaveChangesAsync();

        var start = HeadquartersTime.StartOf(From);
        var end = HeadquartersTime.StartOf(To.AddDays(1));
        string R(RatRoute r) => $"route:{r.Id}";
        db.Patrols.AddRange(
            Patrol("EVP-ENT", "Pos Entikong Uji", PatrolMode.Land, 40, [1, 2], start.AddHours(10), PatrolStatus.Done, R(jalan), "cell:5"),
            Patrol("EVP-ENT", "Pos Entikong Uji", PatrolMode.Land, 60, [3], end.AddMinutes(-1), PatrolStatus.Done, R(jalan), R(sungai), R(jalan)),
            Patrol("EVP-ENT", "Pos Entikong Uji", PatrolMode.Sea, 25, [], start.AddDays(3), PatrolStatus.Done, R(sungai)),
            Patrol("EVP-BTM", "Pos Batam Uji", PatrolMode.Land, 50, [4, 5, 6, 7], start.AddDays(5), PatrolStatus.Done, "cell:7"),
            Patrol("EVP-ENT", "Pos Entikong Uji", PatrolMode.Land, 100, [8, 9], start.AddMinutes(-1), PatrolStatus.Done, R(jalan)),
            Patrol("EVP-ENT", "Pos Entikong Uji", PatrolMode.Land, 100, [10], end, PatrolStatus.Done, R(jalan)),
            Patrol("EVP-BTM", "Pos Batam Uji", PatrolMode.Land, 100, [11], start.AddDays(2), PatrolStatus.Planned, R(sungai)),
            Patrol("EVP-BTM", "Pos Batam Uji", PatrolMode.Land, 100, [12], start.AddDays(2), PatrolStatus.Cancelled, R(sungai)));
        await db.SaveChangesAsync();
        return (jalan.Id, sungai.Id);
    }

    private static BorderCrossing Crossing(string code, string name, string province, string regency, double lon, double lat) => new()
    {
        Code = code, Name = name, Kind = CrossingKind.LandBorderPost, ManagingOffice = "Kanim Uji", ProvinceCode = province, RegencyCode = regency,
        Location = Geometries.Point(lon, lat), DailyPassengers = 100, InterviewOfficers = 1,
    };

    private static RatRoute Route(string name, (double, double) from, (double, double) to) => new()
    {
        LocalName = name, Mode = RouteMode.LandPath, Activity = ActivityLevel.High, LastObserved = Today.AddDays(-60), Confidence = Confidence.Confirmed,
        Source = "patroli", Path = Geometries.Line(from, to),
    };

    private static Patrol Patrol(string baseCode, string baseName, PatrolMode mode, double km, long[] findings, DateTimeOffset completed, PatrolStatus status,
        params string[] stops) => new()
    {
        BaseCode = baseCode, BaseName = baseName, Mode = mode, PlannedFor = DateOnly.FromDateTime(completed.AtHeadquarters().DateTime), Team = "Tim uji",
        Route = Geometries.Line((110.35, 1.0), (110.45, 1.05)), Kilometres = km, Hours = 5, CreatedBy = "uji", CreatedAt = completed.AddDays(-1).ToUniversalTime(),
        Status = status, FindingReportIds = [.. findings], CompletedBy = status == PatrolStatus.Done ? "uji" : null,
        CompletedAt = completed.ToUniversalTime(),
        Waypoints = [.. stops.Select((s, i) => new PatrolWaypoint { StopId = s, Name = s, Longitude = 110.4 + i * 0.01, Latitude = 1.05, Risk = 1, ServiceMinutes = 20 })],
    };
}
