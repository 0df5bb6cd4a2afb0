using System.Text;
using Dashboard.Geo.Import;

namespace Dashboard.Geo.Tests.Import;

public sealed class LandOutlineFileTests
{
    private static MemoryStream Json(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Read_FixesSelfTouchingOutlines_AndFlagsIndonesia()
    {
        // A bow tie, as clipping can leave: invalid as drawn, two triangles once fixed.
        const string file = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Indonesia","indonesia":true},
               "geometry":{"type":"Polygon","coordinates":[[[110,0],[111,1],[111,0],[110,1],[110,0]]]}},
              {"type":"Feature","properties":{"name":"Malaysia","indonesia":false},
               "geometry":{"type":"Polygon","coordinates":[[[101,2],[104,2],[104,6],[101,6],[101,2]]]}},
              {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}
            ]}
            """;

        var areas = await LandOutlineFile.ReadAsync(Json(file), CancellationToken.None);

        Assert.Equal(["Indonesia", "Malaysia"], areas.Select(a => a.Name));
        var indonesia = areas.Single(a => a.IsIndonesia);
        Assert.True(indonesia.Outline.IsValid);
        Assert.Equal(2, indonesia.Outline.NumGeometries);
        Assert.Equal(4326, indonesia.Outline.SRID);
        Assert.False(areas.Single(a => a.Name == "Malaysia").IsIndonesia);
    }

    [Fact]
    public async Task ReadIndonesia_WithoutIndonesia_SaysSo()
    {
        const string file = """{"type":"FeatureCollection","features":[]}""";

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LandOutlineFile.ReadIndonesiaAsync(Json(file), CancellationToken.None));

        Assert.Contains("no Indonesia", error.Message);
    }
}
