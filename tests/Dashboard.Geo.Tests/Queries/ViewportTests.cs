using Dashboard.Geo.Queries.MapLayers;

namespace Dashboard.Geo.Tests.Queries;

public sealed class ViewportTests
{
    [Theory]
    [InlineData(0, 1.40625)]      // 360 / 256
    [InlineData(5, 0.0439453125)] // 360 / (256 * 32)
    public void DegreesPerPixel_FollowsWebMercatorTiles(int zoom, double expected) =>
        Assert.Equal(expected, new Viewport(95, -11, 141, 6, zoom).DegreesPerPixel, 12);

    [Theory]
    [InlineData(0, 2)]  // a tenth of a pixel is 0.14°: 1 decimal would do, but never fewer than 2
    [InlineData(5, 3)]  // 0.0044°
    [InlineData(12, 5)] // 0.000034°
    [InlineData(20, 6)] // 0.00000013°: 7 would do, but never more than 6 (~11 cm)
    public void Decimals_KeepAboutATenthOfAPixel(int zoom, int expected) =>
        Assert.Equal(expected, new Viewport(95, -11, 141, 6, zoom).Decimals);

    [Fact]
    public void TryParse_ValidBoxAndZoom_GivesViewport()
    {
        var errors = new Dictionary<string, string[]>();

        var viewport = ViewportParser.TryParse("94.5,-11.2,141.2,6.1", "5", errors);

        Assert.Empty(errors);
        Assert.Equal(new Viewport(94.5, -11.2, 141.2, 6.1, 5), viewport);
    }

    [Theory]
    [InlineData("1,2,3", "5", "bbox")]
    [InlineData("a,b,c,d", "5", "bbox")]
    [InlineData("110,2,100,3", "5", "bbox")]   // west > east
    [InlineData("100,5,110,-5", "5", "bbox")]  // south > north
    [InlineData("100,-5,110,5", "23", "zoom")]
    [InlineData("100,-5,110,5", "x", "zoom")]
    [InlineData("100,-5,110,5", null, "zoom")]
    [InlineData(null, "5", "bbox")]
    public void TryParse_BadInput_NamesTheField(string? bbox, string? zoom, string field)
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Null(ViewportParser.TryParse(bbox, zoom, errors));
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void TryParse_LongitudesPastTheAntimeridian_AreClamped()
    {
        var viewport = ViewportParser.TryParse("-200,-5,250,5", "1", new Dictionary<string, string[]>());

        Assert.Equal((-180d, 180d), (viewport!.West, viewport.East));
    }
}
