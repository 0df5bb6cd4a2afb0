using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;

namespace Dashboard.Web.Tests.Map;

/// <summary>The map's address is its shareable link: what it writes, it reads back; what a hand-edited link spoils falls back.</summary>
public sealed class MapViewTests
{
    [Fact]
    public void AView_RoundTripsThroughItsAddress()
    {
        var view = new MapView(new HashSet<MapLayer> { MapLayer.Cases, MapLayer.Risk }, MapPeriod.Days90, (-0.12345678, 110.5, 9));
        var query = view.Query();
        Assert.Equal("?layers=cases,risk&period=90d&at=-0.1235,110.5,9", query);
        var parameters = query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

        var back = MapView.Parse(parameters["layers"], parameters["period"], parameters["at"]);

        Assert.True(back.Layers.SetEquals(view.Layers));
        Assert.Equal(MapPeriod.Days90, back.Period);
        Assert.Equal((-0.1235, 110.5, 9), back.At);
    }

    [Fact]
    public void TheRiskRunTheComparisonAndTheScope_RoundTrip_AndNonsenseIsDropped()
    {
        var view = new MapView(MapView.Default.Layers, MapPeriod.All, null, Run: 41, Compare: 37, National: false);
        Assert.Equal("?run=41&compare=37&scope=area", view.Query());

        var back = MapView.Parse(null, null, null, "41", "37", "area");
        Assert.Equal((41, 37, (bool?)false), (back.Run, back.Compare, back.National));
        var broken = MapView.Parse(null, null, null, "-3", "1e3", "world");
        Assert.Equal((null, null, null), (broken.Run, broken.Compare, broken.National));
        Assert.True(MapView.Parse(null, null, null, scope: "national").National);
    }

    [Fact]
    public void TheDefaultView_HasAnEmptyQuery_AndABrokenLinkFallsBackPartByPart()
    {
        Assert.Equal("", MapView.Default.Query());
        var broken = MapView.Parse("crossings,nonsense", "forever", "-2.5,118");
        Assert.Equal([MapLayer.Crossings], broken.Layers);
        Assert.Equal(MapPeriod.All, broken.Period);
        Assert.Null(broken.At);
        Assert.Null(MapView.Parse(null, null, "91,118,5").At);
        Assert.Null(MapView.Parse(null, null, "-2.5,118,40").At);
        Assert.True(MapView.Parse("", null, null).Layers.Count == 0);
    }

    [Fact]
    public void APeriod_EndsToday_AndReachesBackItsLength()
    {
        var today = new DateOnly(2026, 12, 2);
        Assert.Equal((new DateOnly(2026, 11, 3), today), MapPeriod.Days30.Range(today));
        Assert.Equal((new DateOnly(2025, 12, 3), today), MapPeriod.Months12.Range(today));
        Assert.Null(MapPeriod.All.Range(today));
    }
}
