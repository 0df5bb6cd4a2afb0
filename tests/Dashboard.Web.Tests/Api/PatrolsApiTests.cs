using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>The patrol desk: from "where should we patrol tonight" to a GPX file and a recorded outcome, on a real PostGIS.</summary>
public sealed class PatrolsApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const double ShiftHours = 6;

    [Fact]
    public async Task Suggest_RanksWhatIsInReachOfTheBase_AndSuggestsARoundThatFitsTheShift()
    {
        var (land, sea, dormant) = await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-suggest", Roles.PatrolPlanner);

        var body = await SuggestAsync(planner, seed: 7);

        var candidates = body.GetProperty("candidates").EnumerateArray().ToList();
        var ids = candidates.Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains($"route:{land}", ids);
        Assert.DoesNotContain($"route:{sea}", ids);
        Assert.DoesNotContain($"route:{dormant}", ids);
        // 6 h × 30 km/h, out and back, over a 1.3 detour: nothing beyond 69 km, so not the hot cell 150 km away.
        Assert.All(candidates, c => Assert.True(Kilometres(c) <= 70, $"{c.GetProperty("id")} is {Kilometres(c):0} km away"));
        var risks = candidates.Select(c => c.GetProperty("risk").GetDouble()).ToList();
        Assert.Equal(risks.OrderByDescending(r => r), risks);
        // A cell stop is named after the place nearest it (here the base and the test routes), then its regency where
        // the cell has one, so the stops of one regency are told apart on screen and in the GPX file.
        var cellNames = candidates.Where(c => c.GetProperty("id").GetString()!.StartsWith("cell:", StringComparison.Ordinal))
            .Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(cellNames);
        Assert.True(cellNames.Distinct().Count() > 1, string.Join(" | ", cellNames));
        Assert.Contains(cellNames, n => n.StartsWith("PLBN Uji", StringComparison.Ordinal) || n.StartsWith("Patroli Uji", StringComparison.Ordinal));

        var suggested = body.GetProperty("suggested");
        Assert.True(suggested.GetProperty("withinBudget").GetBoolean());
        Assert.InRange(suggested.GetProperty("hours").GetDouble(), 0.5, ShiftHours);
        Assert.True(suggested.GetProperty("risk").GetDouble() > 0);
        Assert.All(suggested.GetProperty("stops").EnumerateArray(), s => Assert.Contains(s.GetProperty("id").GetString(), ids));
        Assert.InRange(body.GetProperty("shareOfBest").GetDouble(), 0.95, 1.0);
        Assert.All(body.GetProperty("alternatives").EnumerateArray(), a => Assert.True(a.GetProperty("withinBudget").GetBoolean()));
    }

    [Fact]
    public async Task Suggest_ByBoat_OffersNoCellInland()
    {
        var (_, sea, _) = await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-sea", Roles.PatrolPlanner);

        var response = await planner.PostAsJsonAsync("/api/patrols/suggest", new { @base = PatrolWorld.BaseCode, mode = "Sea", hours = ShiftHours, seed = 3 });
        var land = await SuggestAsync(planner, seed: 3);

        // The test world's cells lie in West Kalimantan's interior, 100 km from the coast: a boat reaches none of them.
        var ids = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates").EnumerateArray()
            .Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.Equal([$"route:{sea}"], ids);
        Assert.Contains(land.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetString()!.StartsWith("cell:"));
    }

    [Fact]
    public async Task Suggest_WithBadInput_NamesEveryBadField()
    {
        await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-bad", Roles.PatrolPlanner);

        var response = await planner.PostAsJsonAsync("/api/patrols/suggest", new { @base = "PLBN-TIDAK-ADA", mode = "Kapal", hours = 30, kilometres = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("PLBN-TIDAK-ADA", errors.GetProperty("base")[0].GetString());
        Assert.Contains("Land or Sea", errors.GetProperty("mode")[0].GetString());
        Assert.Contains("not both", errors.GetProperty("budget")[0].GetString());
    }

    [Fact]
    public async Task Score_AlongAnImportedRoad_MeasuresTheRoad_NotTheStraightLine()
    {
        await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-road", Roles.PatrolPlanner);
        // From the base south, east along the river bank, then north: the only road to (110.50, 0.35).
        (double Lon, double Lat)[] road = [(PatrolWorld.BaseLongitude, PatrolWorld.BaseLatitude), (110.30, 0.20), (110.50, 0.20), (110.50, 0.35)];
        var file = new
        {
            type = "FeatureCollection",
            features = new[] { new { type = "Feature", geometry = new { type = "LineString", coordinates = road.Select(p => new[] { p.Lon, p.Lat }) }, properties = new { name = "Jalan Uji Memutar" } } },
        };
        var imported = await planner.PostAsJsonAsync("/api/import/roads", file);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var scored = await ScoreAsync(planner, 110.50, 0.35);

        var roadKm = road.Zip(road.Skip(1), (a, b) => Jobs.Patrols.StraightLineTravelCosts.HaversineMetres(a.Lon, a.Lat, b.Lon, b.Lat)).Sum() / 1000;
        var straightKm = 1.3 * Jobs.Patrols.StraightLineTravelCosts.HaversineMetres(PatrolWorld.BaseLongitude, PatrolWorld.BaseLatitude, 110.50, 0.35) / 1000;
        // There and back along the road; the sphere and PostGIS's spheroid differ by well under 1 %.
        Assert.InRange(scored.GetProperty("kilometres").GetDouble(), 2 * roadKm * 0.99, 2 * roadKm * 1.01);
        Assert.True(2 * roadKm > 1.5 * 2 * straightKm, "the road is the long way round");
        var travel = scored.GetProperty("travel");
        Assert.True(travel.GetProperty("baseOnNetwork").GetBoolean());
        Assert.Equal(1, travel.GetProperty("stopsOnNetwork").GetInt32());
        // The path drawn on the map goes round both corners, there and back.
        var path = scored.GetProperty("path").EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
        Assert.Equal([road[0], road[1], road[2], road[3], road[2], road[1], road[0]], path);
    }

    [Fact]
    public async Task Score_OfAStopMovedOutOfTheHotArea_CoversLessRisk()
    {
        await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-score", Roles.PatrolPlanner);

        var hot = await ScoreAsync(planner, 110.45, 0.3);
        var moved = await ScoreAsync(planner, 110.05, -0.05);

        Assert.True(hot.GetProperty("risk").GetDouble() > 5 * moved.GetProperty("risk").GetDouble(),
            $"hot {hot.GetProperty("risk")} vs moved {moved.GetProperty("risk")}");
        Assert.True(moved.GetProperty("kilometres").GetDouble() > 0);
    }

    [Fact]
    public async Task ASavedPatrol_ExportsAsGpxAndKml_ThenRecordsItsOutcomeOnce_WithFindingsFiledAsReports()
    {
        await WorldAsync();
        var planner = await app.SignedInClientAsync("perencana-save", Roles.PatrolPlanner);
        var suggested = (await SuggestAsync(planner, seed: 3)).GetProperty("suggested").GetProperty("stops").EnumerateArray()
            .Select(s => new { id = s.GetProperty("id").GetString(), name = s.GetProperty("name").GetString(), longitude = s.GetProperty("longitude").GetDouble(), latitude = s.GetProperty("latitude").GetDouble() })
            .ToList();
        Assert.NotEmpty(suggested);
        var plannedFor = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);

        var saved = await planner.PostAsJsonAsync("/api/patrols", new { @base = PatrolWorld.BaseCode, mode = "Land", hours = ShiftHours, stops = suggested, plannedFor, team = "Tim Patroli 2 — Sungai Sekayam" });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var gpx = await planner.GetAsync($"/api/patrols/{id}/gpx");
        Assert.Equal("application/gpx+xml", gpx.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await gpx.Content.ReadAsStringAsync());
        XNamespace g = "http://www.topografix.com/GPX/1/1";
        Assert.Equal(suggested.Count, document.Root!.Elements(g + "wpt").Count());
        var routePoints = document.Root.Element(g + "rte")!.Elements(g + "rtept").ToList();
        Assert.Equal(suggested.Count + 2, routePoints.Count);
        Assert.Equal(PatrolWorld.BaseLongitude, (double)routePoints[0].Attribute("lon")!, 6);
        Assert.Equal(PatrolWorld.BaseLatitude, (double)routePoints[^1].Attribute("lat")!, 6);
        var kml = XDocument.Parse(await planner.GetStringAsync($"/api/patrols/{id}/kml"));
        Assert.Equal("http://www.opengis.net/kml/2.2", kml.Root!.Name.NamespaceName);

        var findingKey = Guid.NewGuid().ToString();
        var finding = new
        {
            idempotencyKey = findingKey, kind = "PatrolSighting", longitude = suggested[0].longitude, latitude = suggested[0].latitude,
            observedAt = DateTimeOffset.UtcNow.AddHours(-1), category = "jejak penyeberangan", sourceReliability = "A", informationCredibility = 1,
            text = "Jejak kaki rombongan dan tas tertinggal di jalur setapak.",
        };
        var done = await planner.PostAsJsonAsync($"/api/patrols/{id}/outcome", new { status = "Done", outcome = "Jalur disisir, satu temuan.", findings = new[] { finding } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var again = await planner.PostAsJsonAsync($"/api/patrols/{id}/outcome", new { status = "Cancelled" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already recorded", await again.Content.ReadAsStringAsync());

        await using var db = await app.GeoAsync();
        var report = await db.FieldReports.SingleAsync(r => r.IdempotencyKey == findingKey);
        var patrol = await db.Patrols.SingleAsync(p => p.Id == id);
        Assert.Equal([report.Id], patrol.FindingReportIds);
        Assert.Equal(Geo.Domain.Patrols.PatrolStatus.Done, patrol.Status);
        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        Assert.True(await audit.AccessEvents.AnyAsync(e => e.Action == "export-patrol-gpx" && e.Resource == $"patrol:{id}" && e.UserName == "perencana-save"));
    }

    [Fact]
    public async Task OnlyImmigrationOperationsStaff_PlanPatrols()
    {
        await WorldAsync();
        var timpora = await app.SignedInClientAsync("polri-patroli", Roles.TimporaMember, agency: "Polri");
        var officer = await app.SignedInClientAsync("petugas-patroli", Roles.FieldOfficer);
        var request = new { @base = PatrolWorld.BaseCode, mode = "Land", hours = ShiftHours };

        Assert.Equal(HttpStatusCode.Forbidden, (await timpora.PostAsJsonAsync("/api/patrols/suggest", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/patrols/suggest", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/patrols")).StatusCode);
    }

    private async Task<(int LandPath, int SeaLane, int Dormant)> WorldAsync()
    {
        await using var db = await app.GeoAsync();
        return await PatrolWorld.EnsureAsync(db);
    }

    private static async Task<JsonElement> SuggestAsync(HttpClient client, int seed)
    {
        var response = await client.PostAsJsonAsync("/api/patrols/suggest", new { @base = PatrolWorld.BaseCode, mode = "Land", hours = ShiftHours, seed });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> ScoreAsync(HttpClient client, double lon, double lat)
    {
        var response = await client.PostAsJsonAsync("/api/patrols/score", new
        {
            @base = PatrolWorld.BaseCode, mode = "Land", hours = ShiftHours, stops = new[] { new { id = "cell:1", name = "titik", longitude = lon, latitude = lat } },
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static double Kilometres(JsonElement candidate) =>
        Jobs.Patrols.StraightLineTravelCosts.HaversineMetres(PatrolWorld.BaseLongitude, PatrolWorld.BaseLatitude,
            candidate.GetProperty("longitude").GetDouble(), candidate.GetProperty("latitude").GetDouble()) / 1000;
}
