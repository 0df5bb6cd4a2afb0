using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

public sealed class ImportApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task ImportRatRoutes_WithOneBrokenGeometry_Is422NamingTheFeature_AndStoresNothing()
    {
        var client = await app.SignedInClientAsync("planner-import", Roles.PatrolPlanner);
        const string body = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[110.1,1.0],[110.2,1.1]]},"properties":{"name":"Jalur Baik","mode":"River"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[110.1,1.0],[110.1,1.0]]},"properties":{"name":"Jalur Rusak"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[151.2,-33.9],[151.3,-33.8]]},"properties":{"name":"Jalur Sydney","mode":"Boat"}}
            ]}
            """;

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.StartsWith("Rat route 'Jalur Rusak': LineString is not valid", errors.GetProperty("features[1].geometry")[0].GetString());
        Assert.Contains("outside Indonesia", errors.GetProperty("features[2].geometry")[0].GetString());
        Assert.Contains("LandPath, SeaLane, River", errors.GetProperty("features[2].properties.mode")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.RatRoutes.AnyAsync(r => r.LocalName == "Jalur Baik"));
    }

    [Fact]
    public async Task ImportRatRoutes_MalformedJson_Is400WithLineAndPosition()
    {
        var client = await app.SignedInClientAsync("planner-malformed", Roles.PatrolPlanner);

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent("{\"type\":\"FeatureCollection\",\"features\":[{", Encoding.UTF8, "application/geo+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at line 1, position", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportRatRoutes_Valid_StoresAndShowsOnTheMap()
    {
        var client = await app.SignedInClientAsync("planner-valid", Roles.PatrolPlanner);
        const string body = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[117.60,4.10],[117.65,4.16],[117.70,4.20]]},"properties":{"name":"Jalur Laut Sebatik","mode":"SeaLane","activity":"High"}}
            ]}
            """;

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent(body, Encoding.UTF8, "application/geo+json"));
        var layer = await client.GetStringAsync("/api/map/layers/rat-routes?bbox=117,3.5,118,4.5&zoom=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\" : \"Jalur Laut Sebatik\"", layer);
        Assert.Contains("\"activity\" : \"High\"", layer);
    }

    [Fact]
    public async Task ImportRoads_FromAnOsmExtract_StoresEachPartByItsTags_AndBuildsTheNetwork()
    {
        var client = await app.SignedInClientAsync("planner-roads", Roles.PatrolPlanner);
        const string body = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"MultiLineString","coordinates":[[[116.10,3.40],[116.20,3.40]],[[116.20,3.40],[116.20,3.50]]]},"properties":{"highway":"track"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.10,3.45],[116.30,3.45]]},"properties":{"name":"Jalan Poros Uji","highway":"primary"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.30,3.45],[116.60,3.60]]},"properties":{"name":"Feri Uji","route":"ferry"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.60,3.60],[116.70,3.70]]},"properties":{"name":"Jalan Desa Uji","kind":"Road"}}
            ]}
            """;

        var first = await client.PostAsync("/api/import/roads", new StringContent(body, Encoding.UTF8, "application/geo+json"));
        var again = await client.PostAsync("/api/import/roads", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()))
            Assert.Equal(5, created.RootElement.GetProperty("created").GetInt32());
        // A file sent twice adds nothing the second time.
        using (var repeated = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            Assert.Equal(0, repeated.RootElement.GetProperty("created").GetInt32());
            Assert.Equal(5, repeated.RootElement.GetProperty("unchanged").GetInt32());
        }
        await using var db = await app.GeoAsync();
        var kinds = await db.TravelWays.Where(w => w.Source == "Impor oleh planner-roads")
            .GroupBy(w => w.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<Geo.Domain.Travel.TravelWayKind, int>
        {
            [Geo.Domain.Travel.TravelWayKind.Track] = 2, [Geo.Domain.Travel.TravelWayKind.Road] = 2, [Geo.Domain.Travel.TravelWayKind.Ferry] = 1,
        }, kinds);
        // The main road crosses the track's second part: both are split there. The ferry is in the sea graph only.
        var edges = await db.Database.SqlQueryRaw<long>(
            "SELECT count(*) AS \"Value\" FROM geo.travel_edges WHERE mode = 1 AND geom && ST_MakeEnvelope(116.05, 3.35, 116.75, 3.75, 4326)").SingleAsync();
        var seaEdges = await db.Database.SqlQueryRaw<long>(
            "SELECT count(*) AS \"Value\" FROM geo.travel_edges WHERE mode = 2 AND geom && ST_MakeEnvelope(116.05, 3.35, 116.75, 3.75, 4326)").SingleAsync();
        Assert.Equal(6, edges);
        Assert.Equal(1, seaEdges);
    }

    [Fact]
    public async Task ImportRoads_WithAnUnknownKindAndAPolygon_Is422NamingEach_AndStoresNothing()
    {
        var client = await app.SignedInClientAsync("planner-bad-roads", Roles.PatrolPlanner);
        const string body = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.9,3.9],[117.0,3.9]]},"properties":{"name":"Jalan Benar"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.9,3.8],[117.0,3.8]]},"properties":{"name":"Jalan Tol","kind":"Motorway"}},
              {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[116.9,3.7],[117.0,3.7],[117.0,3.6],[116.9,3.7]]]},"properties":{"name":"Lapangan"}}
            ]}
            """;

        var response = await client.PostAsync("/api/import/roads", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("Road, Track, Ferry", errors.GetProperty("features[1].properties.kind")[0].GetString());
        Assert.Equal("Way 'Lapangan': expected a LineString or MultiLineString, got Polygon.", errors.GetProperty("features[2].geometry")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.TravelWays.AnyAsync(w => w.Name == "Jalan Benar"));
    }

    [Fact]
    public async Task ImportRoads_AsFieldOfficer_IsForbidden()
    {
        var client = await app.SignedInClientAsync("field-officer-roads", Roles.FieldOfficer);

        var response = await client.PostAsync("/api/import/roads", new StringContent("{}", Encoding.UTF8, "application/geo+json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ImportRegions_AsFieldOfficer_IsForbidden()
    {
        var client = await app.SignedInClientAsync("field-officer", Roles.FieldOfficer);

        var response = await client.PostAsync("/api/import/regions", new StringContent("{}", Encoding.UTF8, "application/geo+json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
