using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Map;

public sealed class MapPageTests : MapTestContext
{
    private static readonly Place Entikong = new("PLBN Entikong", PlaceKind.Crossing, 110.36, 1.04, 12);

    private readonly FakeFeatureDetailsSource _details = new(new FeatureDetails(
        "Jalur Sungai Sekayam", [new FeatureDetailRow("Details.Mode", "Jalur sungai")], Synthetic: true));

    private readonly BunitJSModuleInterop _map;

    public MapPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's JS; the map's module is set up explicitly below
        (_, _map) = SetupMapModule();
        Services.AddSingleton<IFeatureDetailsSource>(_details);
        Services.AddSingleton<IPlaceSearch>(new FakePlaceSearch(Entikong));
        Services.AddSingleton(Options.Create(new MapTileOptions()));
        Services.AddScoped<RiskRunSelection>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new Dashboard.Geo.Offices.WorkingAreas(null!)); // the test account has no office: never asked
        var auth = AddAuthorization();
        auth.SetAuthorized("analis");
        auth.SetClaims(new System.Security.Claims.Claim(Dashboard.Web.Identity.DashboardClaims.Agency, Dashboard.Web.Identity.DashboardClaims.Immigration));
    }

    [Fact]
    public void TurningOffALayer_HidesItOnTheMapAndInTheLegend()
    {
        var cut = Render<MapPage>();
        Assert.NotEmpty(cut.FindAll("[data-testid=legend-cases]"));

        cut.Find("[data-testid=layer-cases] input").Change(false);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(["cases", false], _map.VerifyInvoke("setLayerVisible").Arguments);
            Assert.Empty(cut.FindAll("[data-testid=legend-cases]"));
        });
    }

    [Fact]
    public async Task ClickingAFeature_OpensItsDetails_MarkedSyntheticWhenTheyAre()
    {
        var cut = Render<MapPage>();
        Assert.Empty(cut.FindAll("[data-testid=feature-details]"));

        var map = cut.FindComponent<LeafletMap>();
        await map.InvokeAsync(() => map.Instance.OnFeatureClicked("rat-routes", 7));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Jalur Sungai Sekayam", cut.Find("[data-testid=feature-details-title]").TextContent);
            Assert.Contains("data sintetis", cut.Find("[data-testid=feature-details-synthetic]").TextContent);
            Assert.Contains("Jenis jalur", cut.Find("[data-testid=feature-details]").TextContent);
        });
        Assert.Equal([("rat-routes", 7L)], _details.Requests);
    }

    [Fact]
    public async Task ClosingTheDetails_RemovesThePanel()
    {
        var cut = Render<MapPage>();
        var map = cut.FindComponent<LeafletMap>();
        await map.InvokeAsync(() => map.Instance.OnFeatureClicked("villages", 3));
        cut.WaitForElement("[data-testid=feature-details-close]");

        cut.Find("[data-testid=feature-details-close]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=feature-details]")));
    }

    [Fact]
    public async Task ChoosingAPlace_FliesTheMapThere()
    {
        var cut = Render<MapPage>();
        var search = cut.FindComponent<PlaceSearch>();

        await search.InvokeAsync(() => search.Instance.PlaceSelected.InvokeAsync(Entikong));

        cut.WaitForAssertion(() => Assert.Equal([110.36, 1.04, 12], _map.VerifyInvoke("flyTo").Arguments));
    }

    [Fact]
    public void RecordLayers_AreOnByDefault_RiskLayersOff()
    {
        var cut = Render<MapPage>();

        var options = Assert.IsType<LeafletMapOptions>(JSInterop.Invocations["createMap"].Single().Arguments[2]);
        Assert.Equal(["crossings", "rat-routes", "villages", "cases"], options.Layers);
        Assert.Empty(cut.FindAll("[data-testid=legend-risk]"));
        Assert.Empty(cut.FindAll("[data-testid=risk-run-picker]"));
    }
}
