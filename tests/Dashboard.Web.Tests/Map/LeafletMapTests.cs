using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Map;

public sealed class LeafletMapTests : MapTestContext
{
    public LeafletMapTests() => JSInterop.Mode = JSRuntimeMode.Strict;

    [Fact]
    public void FirstRender_CreatesTheMapWithTheElementItselfAndTheOptions()
    {
        var (module, _) = SetupMapModule();

        var cut = Render<LeafletMap>(p => p
            .Add(m => m.Longitude, 110.36)
            .Add(m => m.Latitude, 1.04)
            .Add(m => m.Zoom, 7)
            .Add(m => m.VisibleLayers, new HashSet<MapLayer> { MapLayer.Cases, MapLayer.Crossings })
            .Add(m => m.TileUrl, "https://tiles.test/{z}/{x}/{y}.png")
            .Add(m => m.TileAttribution, "Test tiles"));

        var call = module.VerifyInvoke("createMap");
        Assert.IsType<ElementReference>(call.Arguments[0]);
        var callback = Assert.IsType<DotNetObjectReference<LeafletMap>>(call.Arguments[1]);
        Assert.Same(cut.Instance, callback.Value);
        var options = Assert.IsType<LeafletMapOptions>(call.Arguments[2]);
        Assert.Equal([1.04, 110.36], options.Center);
        Assert.Equal(7, options.Zoom);
        Assert.Equal(["crossings", "cases"], options.Layers);
        Assert.Equal("https://tiles.test/{z}/{x}/{y}.png", options.TileUrl);
        Assert.Equal("Test tiles", options.TileAttribution);
        Assert.Equal("api/map/layers/", options.ApiBase);
        Assert.Equal("basemap/countries.geojson", options.BasemapUrl);
        Assert.Equal("data sintetis", options.Labels["Map.Synthetic"]);
        Assert.Equal(MapSymbols.Set.Icons[MapSymbols.Airport], options.Symbols.Icons["Airport"]);
    }

    [Fact]
    public void NoTileUrl_IsSentAsNull_SoTheModuleDrawsOnlyTheVectorBasemap()
    {
        var (module, _) = SetupMapModule();

        Render<LeafletMap>(p => p.Add(m => m.TileUrl, "  "));

        var options = Assert.IsType<LeafletMapOptions>(module.VerifyInvoke("createMap").Arguments[2]);
        Assert.Null(options.TileUrl);
        Assert.Equal(["crossings", "rat-routes", "villages", "cases"], options.Layers);
    }

    [Fact]
    public async Task FlyTo_SendsLongitudeLatitudeAndZoomToTheMap()
    {
        var (_, map) = SetupMapModule();
        var cut = Render<LeafletMap>();

        await cut.InvokeAsync(() => cut.Instance.FlyToAsync(124.95, -8.98, 12));

        Assert.Equal([124.95, -8.98, 12], map.VerifyInvoke("flyTo").Arguments);
    }

    [Fact]
    public async Task SetLayerVisible_SendsTheLayersApiName()
    {
        var (_, map) = SetupMapModule();
        var cut = Render<LeafletMap>();

        await cut.InvokeAsync(() => cut.Instance.SetLayerVisibleAsync(MapLayer.RatRoutes, false));

        Assert.Equal(["rat-routes", false], map.VerifyInvoke("setLayerVisible").Arguments);
    }

    [Fact]
    public void ChangedVisibleLayers_ShowAndHideOnlyTheLayersThatChanged()
    {
        var (_, map) = SetupMapModule();
        var cut = Render<LeafletMap>(p => p.Add(m => m.VisibleLayers, new HashSet<MapLayer> { MapLayer.Crossings, MapLayer.Villages }));

        cut.Render(p => p.Add(m => m.VisibleLayers, new HashSet<MapLayer> { MapLayer.Crossings, MapLayer.Cases }));

        var calls = map.Invocations["setLayerVisible"].Select(i => (i.Arguments[0], i.Arguments[1])).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Contains(("villages", (object?)false), calls);
        Assert.Contains(("cases", (object?)true), calls);
    }

    [Fact]
    public async Task CallsMadeBeforeTheMapExists_AreQueuedAndSentInOrderOnceItDoes()
    {
        var js = new InterceptingJSRuntime(JSInterop.JSRuntime);
        Services.AddSingleton<IJSRuntime>(js);
        var creation = js.Hold("createMap");
        var (_, map) = SetupMapModule();
        var cut = Render<LeafletMap>();

        await cut.InvokeAsync(() => cut.Instance.FlyToAsync(104.05, 1.13, 11));
        await cut.InvokeAsync(() => cut.Instance.SetLayerVisibleAsync(MapLayer.Cases, false));
        await cut.InvokeAsync(() => cut.Instance.FlyToAsync(110.36, 1.04, 12));
        Assert.Empty(map.Invocations);

        creation.SetResult();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal([[104.05, 1.13, 11], [110.36, 1.04, 12]], map.Invocations["flyTo"].Select(i => i.Arguments.ToArray()));
            Assert.Equal(["cases", false], map.VerifyInvoke("setLayerVisible").Arguments);
        });
    }

    [Fact]
    public async Task ClickOnASingleFeature_RaisesFeatureClickedWithLayerAndId()
    {
        SetupMapModule();
        var clicks = new List<FeatureClicked>();
        var cut = Render<LeafletMap>(p => p.Add(m => m.FeatureClicked, clicks.Add));

        await cut.InvokeAsync(() => cut.Instance.OnFeatureClicked("rat-routes", 42));
        await cut.InvokeAsync(() => cut.Instance.OnFeatureClicked("no-such-layer", 7));

        Assert.Equal([new FeatureClicked(MapLayer.RatRoutes, 42)], clicks);
    }

    [Fact]
    public async Task MapComingToRest_RaisesViewportChanged()
    {
        SetupMapModule();
        ViewportChanged? seen = null;
        var cut = Render<LeafletMap>(p => p.Add(m => m.ViewportChanged, v => seen = v));

        await cut.InvokeAsync(() => cut.Instance.OnViewportChanged(103.5, 0.5, 104.5, 1.5, 10));

        Assert.Equal(new ViewportChanged(103.5, 0.5, 104.5, 1.5, 10), seen);
    }

    [Fact]
    public async Task ALayerThatFailedToLoad_IsReported()
    {
        SetupMapModule();
        var failed = new List<MapLayer>();
        var cut = Render<LeafletMap>(p => p.Add(m => m.LayerFailed, failed.Add));

        await cut.InvokeAsync(() => cut.Instance.OnLayerFailed("risk"));
        await cut.InvokeAsync(() => cut.Instance.OnLayerFailed("no-such-layer"));

        Assert.Equal([MapLayer.Risk], failed);
    }

    [Fact]
    public async Task ChoosingARiskRun_SendsItWithItsComparisonToTheLayer()
    {
        var (_, map) = SetupMapModule();
        var cut = Render<LeafletMap>();

        await cut.InvokeAsync(() => cut.Instance.SetRiskRunAsync(MapLayer.Risk, 7, 5));

        cut.WaitForAssertion(() =>
        {
            var call = map.VerifyInvoke("setLayerParameters");
            Assert.Equal("risk", call.Arguments[0]);
            var parameters = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int?>>(call.Arguments[1]);
            Assert.Equal(7, parameters["run"]);
            Assert.Equal(5, parameters["compare"]);
        });
    }
}
