using System.Net;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Gazetteer;

/// <summary>The real release of idn-area-data, loaded at start-up into an empty database, searched through the API.</summary>
public sealed class GazetteerApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task StartUp_LoadsTheWholeList()
    {
        await using var db = await app.GeoAsync();
        var counts = await db.GazetteerAreas.GroupBy(a => a.Level).ToDictionaryAsync(g => g.Key, g => g.Count());

        Assert.Equal(38, counts[Geo.Gazetteer.GazetteerLevel.Province]);
        Assert.Equal(514, counts[Geo.Gazetteer.GazetteerLevel.Regency]);
        Assert.Equal(7285, counts[Geo.Gazetteer.GazetteerLevel.District]);
        Assert.Equal(83762, counts[Geo.Gazetteer.GazetteerLevel.Village]);
        Assert.True(counts[Geo.Gazetteer.GazetteerLevel.Island] > 17000);
        Assert.True(await db.GazetteerAreas.AnyAsync(a => a.IsOutermostSmall && a.Location != null));
    }

    [Fact]
    public async Task Search_ByName_FindsTheVillageWithWhereItLies()
    {
        var client = await app.SignedInClientAsync("gazetteer-name", Roles.FieldOfficer);

        using var hits = JsonDocument.Parse(await client.GetStringAsync("/api/gazetteer/search?q=entikong&level=Village"));

        var first = hits.RootElement[0];
        Assert.Equal("Entikong", first.GetProperty("name").GetString());
        Assert.StartsWith("61.", first.GetProperty("code").GetString());
        Assert.Equal("Kabupaten Sanggau", first.GetProperty("regency").GetString());
        Assert.Equal("Kalimantan Barat", first.GetProperty("province").GetString());
        Assert.All(hits.RootElement.EnumerateArray(), h => Assert.Equal("Village", h.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task Search_ByCode_FindsByPrefix()
    {
        var client = await app.SignedInClientAsync("gazetteer-code", Roles.FieldOfficer);

        using var hits = JsonDocument.Parse(await client.GetStringAsync("/api/gazetteer/search?q=61.03&level=Regency"));

        Assert.Equal("Kabupaten Sanggau", hits.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Search_WithAnUnknownLevel_Is400NamingTheField()
    {
        var client = await app.SignedInClientAsync("gazetteer-bad", Roles.FieldOfficer);

        var response = await client.GetAsync("/api/gazetteer/search?q=a&level=Planet");
        var missing = await client.GetAsync("/api/gazetteer/search");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"level\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"q\"", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Area_Unknown_Is404_AndReleaseNamesTheVersion()
    {
        var client = await app.SignedInClientAsync("gazetteer-area", Roles.FieldOfficer);

        var unknown = await client.GetAsync("/api/gazetteer/areas/99.99");
        using var release = JsonDocument.Parse(await client.GetStringAsync("/api/gazetteer/release"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Matches(@"^\d+\.\d+\.\d+$", release.RootElement.GetProperty("version").GetString());
        Assert.Contains("ODbL", release.RootElement.GetProperty("attribution").GetString());
    }
}
