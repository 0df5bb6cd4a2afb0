using System.Net;
using System.Text.Json;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Dashboard.Web.Map;

namespace Dashboard.Web.Tests.Api;

/// <summary>The names on the offline basemap: provinces at their capitals from the national view, regency seats closer in.</summary>
public sealed class MapLabelsApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task GetLabels_GivesProvincesAndRegencySeats_WithTheZoomTheyShowFrom()
    {
        await using (var db = await app.GeoAsync())
        {
            db.Provinces.Add(new Province { Code = "91", Name = "Papua Uji", Seat = Geometries.Point(140.7, -2.53) });
            db.Regencies.Add(new Regency { Code = "91.03", ProvinceCode = "91", Name = "Kabupaten Jayapura Uji", Seat = Geometries.Point(140.51, -2.57) });
            db.Regencies.Add(new Regency { Code = "91.71", ProvinceCode = "91", Name = "Kota Jayapura Uji", Seat = Geometries.Point(140.72, -2.55) });
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInClientAsync("timpora-labels", Roles.TimporaMember);

        var response = await client.GetAsync("/api/map/labels");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = document.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").GetProperty("code").GetString()!);
        var province = features["91"];
        Assert.Equal("Papua Uji", province.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("province", province.GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal(PlaceLabels.ProvinceMinZoom, province.GetProperty("properties").GetProperty("minZoom").GetInt32());
        Assert.Equal([140.7, -2.53], province.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var regency = features["91.03"];
        Assert.Equal("Kab. Jayapura Uji", regency.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(PlaceLabels.RegencyMinZoom, regency.GetProperty("properties").GetProperty("minZoom").GetInt32());
        Assert.Equal("Kota Jayapura Uji", features["91.71"].GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetLabels_WithoutSignIn_Is401()
    {
        var response = await app.AnonymousClient().GetAsync("/api/map/labels");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
