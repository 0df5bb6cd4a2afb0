using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;

namespace Dashboard.Web.Tests.Map;

public sealed class LayerPanelTests : MapTestContext
{
    public LayerPanelTests() => JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's own JS is not under test here

    [Fact]
    public void EachLayer_HasASwitchNamedInIndonesian_OnWhenVisible()
    {
        var cut = Render<LayerPanel>(p => p.Add(m => m.VisibleLayers, new HashSet<MapLayer> { MapLayer.Crossings, MapLayer.Cases }));

        Assert.Contains("Jalur tikus", cut.Find("[data-testid=layer-rat-routes]").TextContent);
        Assert.Contains("Asal kasus TPPO", cut.Find("[data-testid=layer-cases]").TextContent);
        Assert.True(IsChecked(cut, "crossings"));
        Assert.False(IsChecked(cut, "rat-routes"));
        Assert.False(IsChecked(cut, "villages"));
        Assert.True(IsChecked(cut, "cases"));
    }

    [Fact]
    public void TurningASwitchOff_RaisesVisibilityChangedForThatLayer()
    {
        var changes = new List<LayerVisibilityChanged>();
        var cut = Render<LayerPanel>(p => p
            .Add(m => m.VisibleLayers, new HashSet<MapLayer>(Enum.GetValues<MapLayer>()))
            .Add(m => m.VisibilityChanged, changes.Add));

        cut.Find("[data-testid=layer-villages] input").Change(false);

        Assert.Equal([new LayerVisibilityChanged(MapLayer.Villages, false)], changes);
    }

    [Fact]
    public void TurningASwitchOn_RaisesVisibilityChangedForThatLayer()
    {
        var changes = new List<LayerVisibilityChanged>();
        var cut = Render<LayerPanel>(p => p
            .Add(m => m.VisibleLayers, new HashSet<MapLayer>())
            .Add(m => m.VisibilityChanged, changes.Add));

        cut.Find("[data-testid=layer-cases] input").Change(true);

        Assert.Equal([new LayerVisibilityChanged(MapLayer.Cases, true)], changes);
    }

    private static bool IsChecked(IRenderedComponent<LayerPanel> cut, string layer) =>
        cut.Find($"[data-testid=layer-{layer}] input").HasAttribute("checked");
}
