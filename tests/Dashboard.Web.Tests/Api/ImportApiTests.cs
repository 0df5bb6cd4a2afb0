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

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent("{\"type\":\"FeatureCollection\",\"features\":[{", Encoding.UTF8));

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
    public async Task ImportRegions_AsFieldOfficer_IsForbidden()
    {
        var client = await app.SignedInClientAsync("field-officer", Roles.FieldOfficer);

        var response = await client.PostAsync("/api/import/regions", new StringContent("{}", Encoding.UTF8));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
