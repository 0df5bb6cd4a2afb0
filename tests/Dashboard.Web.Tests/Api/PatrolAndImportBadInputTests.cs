using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

/// <summary>Bad patrols and bad imports: oversized names and findings, stops abroad, broken geometries, plain-text bodies.</summary>
public sealed class PatrolAndImportBadInputTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        BadInputApiTests.AssertProblemAsync(response, expected);

    private static JsonObject Report(string key) => BadInputApiTests.Report(key);

    [Fact]
    public async Task PatrolStop_WithAOneMegabyteName_Is400NamingTheStop()
    {
        var planner = await app.SignedInClientAsync("perencana-long", Roles.PatrolPlanner);

        var response = await planner.PostAsJsonAsync("/api/patrols/score", new
        {
            @base = "PLBN-X", mode = "Land", hours = 4,
            stops = new[] { new { id = "route:1", name = new string('n', 1024 * 1024), longitude = 110.1, latitude = 0.5 } },
        });

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 200", errors.GetProperty("stops[0].name")[0].GetString());
    }

    [Fact]
    public async Task PatrolStop_InKualaLumpur_Is400NamingMalaysia()
    {
        var planner = await app.SignedInClientAsync("perencana-kl", Roles.PatrolPlanner);

        var response = await planner.PostAsJsonAsync("/api/patrols/score", new
        {
            @base = "PLBN-X", mode = "Land", hours = 4,
            stops = new[] { new { id = "route:1", name = "KL", longitude = 101.6869, latitude = 3.1390 } },
        });

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Malaysia", errors.GetProperty("stops[0].location")[0].GetString());
    }

    [Fact]
    public async Task PatrolOutcome_WithOverAThousandFindings_Is400NamingFindings_AndStoresNothing()
    {
        var planner = await app.SignedInClientAsync("perencana-findings", Roles.PatrolPlanner);
        long id;
        await using (var db = await app.GeoAsync())
        {
            var patrol = new Dashboard.Geo.Domain.Patrols.Patrol
            {
                BaseCode = "PLBN-X", BaseName = "PLBN X", Team = "Tim X", CreatedBy = "perencana-findings",
                PlannedFor = DateOnly.FromDateTime(DateTime.UtcNow), Route = Dashboard.Geo.Spatial.Geometries.Line((110.1, 0.5), (110.2, 0.6)),
            };
            db.Patrols.Add(patrol);
            await db.SaveChangesAsync();
            id = patrol.Id;
        }
        var keys = Enumerable.Range(0, 1001).Select(_ => Guid.NewGuid().ToString()).ToList();

        var response = await planner.PostAsync($"/api/patrols/{id}/outcome", new StringContent(
            new JsonObject { ["status"] = "Done", ["findings"] = new JsonArray([.. keys.Select(k => (JsonNode)Report(k))]) }.ToJsonString(), Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 1000", errors.GetProperty("findings")[0].GetString());
        await using var check = await app.GeoAsync();
        Assert.False(await check.FieldReports.AnyAsync(r => r.IdempotencyKey == keys[0]));
        Assert.Equal(Dashboard.Geo.Domain.Patrols.PatrolStatus.Planned, (await check.Patrols.SingleAsync(p => p.Id == id)).Status);
    }

    public static TheoryData<string, string, string> BadImports => new()
    {
        { "3D coordinates", """{"type":"LineString","coordinates":[[110.1,1.0,12.5],[110.2,1.1,13.0]]}""", "third or fourth value" },
        { "4D coordinates", """{"type":"LineString","coordinates":[[110.1,1.0,12.5,7],[110.2,1.1,13.0,8]]}""", "third or fourth value" },
        { "a route in Kuala Lumpur", """{"type":"LineString","coordinates":[[101.68,3.13],[101.70,3.15]]}""", "lies in Malaysia" },
        { "200,000 vertices", Vertices(200_000), "at most 100,000" },
    };

    [Theory]
    [MemberData(nameof(BadImports))]
    public async Task ImportRatRoutes_WithABadGeometry_Is422NamingTheFeature_AndStoresNothing(string name, string geometry, string message)
    {
        var client = await app.SignedInClientAsync("planner-corpus", Roles.PatrolPlanner);
        var route = $"Jalur {name} {Guid.NewGuid():N}";
        var body = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{{{geometry}}},"properties":{"name":"{{{route}}}"}}]}""";

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(message, errors.GetProperty("features[0].geometry")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.RatRoutes.AnyAsync(r => r.LocalName == route));
    }

    [Fact]
    public async Task ImportRatRoutes_WithAOneMegabyteName_Is422NamingTheName()
    {
        var client = await app.SignedInClientAsync("planner-longname", Roles.PatrolPlanner);
        var body = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[110.1,1.0],[110.2,1.1]]},"properties":{"name":"{{{new string('n', 1024 * 1024)}}}"}}]}""";

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 200", errors.GetProperty("features[0].properties.name")[0].GetString());
    }

    [Theory]
    [InlineData("/api/import/rat-routes")]
    [InlineData("/api/import/roads")]
    [InlineData("/api/import/regions")]
    public async Task Import_AsPlainText_IsRefused(string url)
    {
        var client = await app.SignedInClientAsync("admin-import-text", Roles.Administrator);
        const string body = """{"type":"FeatureCollection","features":[]}""";
        var withHeader = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        withHeader.Headers.Add("X-Requested-With", "XMLHttpRequest");

        var plain = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "text/plain"));
        var scripted = await client.SendAsync(withHeader);

        await AssertProblemAsync(plain, HttpStatusCode.Forbidden);
        var errors = await AssertProblemAsync(scripted, HttpStatusCode.UnsupportedMediaType);
        Assert.True(errors.TryGetProperty("Content-Type", out _), errors.ToString());
    }

    private static string Vertices(int count) =>
        "{\"type\":\"LineString\",\"coordinates\":[" + string.Join(",", Enumerable.Range(0, count).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{110 + i * 1e-6:0.######},{1 + (i % 2) * 1e-6:0.######}]"))) + "]}";
}
