using System.Text;
using Dashboard.Geo.Import;
using Dashboard.Testing.Import;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Tests.Import;

public sealed class ShapefileArchiveTests
{
    static ShapefileArchiveTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void AWgs84Layer_GivesItsPointsAndAttributes()
    {
        var zip = ShapefileZip.Build([ShapefileZip.Point(110.36, 0.99, ("code", "PLBN-SHP-1"), ("dailyPassengers", 1200))]);

        var (features, problem) = ShapefileArchive.Read(zip);

        Assert.Null(problem);
        var feature = Assert.Single(features!);
        var point = Assert.IsType<Point>(feature.Geometry);
        Assert.Equal((110.36, 0.99), (point.X, point.Y));
        Assert.Equal("PLBN-SHP-1", feature.Attributes["code"]);
        // dBASE keeps ten characters of a name: the import gives the template's name back.
        Assert.Contains("dailyPasse", feature.Attributes.GetNames());
        Assert.False(ShapefileArchive.IsWorkbook(zip));
    }

    [Fact]
    public void AUtmLayer_IsConvertedToLongitudeAndLatitude()
    {
        // On zone 49S's central meridian: the equator, and one degree south (k0 · 110 574 m of meridian arc).
        var zip = ShapefileZip.Build([ShapefileZip.Point(500_000, 10_000_000, ("code", "A")), ShapefileZip.Point(500_000, 9_889_470, ("code", "B"))],
            ShapefileZip.Utm49S);

        var (features, problem) = ShapefileArchive.Read(zip);

        Assert.Null(problem);
        var points = features!.Select(f => (Point)f.Geometry).ToList();
        Assert.Equal(111.0, points[0].X, 6);
        Assert.Equal(0.0, points[0].Y, 6);
        Assert.Equal(111.0, points[1].X, 6);
        Assert.Equal(-1.0, points[1].Y, 3);
    }

    [Fact]
    public void ALayerWithoutPrj_IsRefused_NotGuessed()
    {
        var (features, problem) = ShapefileArchive.Read(ShapefileZip.Build([ShapefileZip.Point(110.36, 0.99, ("code", "A"))], prj: null, name: "pos"));

        Assert.Null(features);
        Assert.Equal(ShapefileFault.NoProjection, problem!.Fault);
        Assert.Equal("pos.prj", problem.Subject);
        Assert.Contains("pos.prj", problem.Message);
    }

    [Fact]
    public void AnUnreadablePrj_IsRefused_NamingIt()
    {
        var (_, problem) = ShapefileArchive.Read(ShapefileZip.Build([ShapefileZip.Point(110.36, 0.99, ("code", "A"))], prj: "EPSG:4326 please"));

        Assert.Equal(ShapefileFault.Projection, problem!.Fault);
        Assert.Contains("EPSG:4326 please", problem.Message);
    }

    [Fact]
    public void AZipOfOtherFiles_IsNotAShapefile()
    {
        var zip = ShapefileZip.Zip(new Dictionary<string, byte[]> { ["notes.txt"] = Encoding.UTF8.GetBytes("pos lintas batas") });

        Assert.Equal(ShapefileFault.Parts, ShapefileArchive.Read(zip).Problem!.Fault);
    }

    [Fact]
    public void MissingDbf_TwoLayers_AndADamagedShp_AreEachRefused()
    {
        var point = ShapefileZip.Point(110.36, 0.99, ("code", "A"));
        var noDbf = ShapefileZip.Build([point], drop: [".dbf"]);
        var one = ShapefileZip.Build([point], name: "a");
        var two = ShapefileZip.Zip(new Dictionary<string, byte[]>
        {
            ["a.shp"] = [1], ["a.dbf"] = [1], ["a.prj"] = Encoding.ASCII.GetBytes(ShapefileZip.Wgs84),
            ["b.shp"] = [1], ["b.dbf"] = [1], ["b.prj"] = Encoding.ASCII.GetBytes(ShapefileZip.Wgs84),
        });
        var damaged = ShapefileZip.Zip(new Dictionary<string, byte[]>
        {
            ["a.shp"] = [0, 0, 39, 10, 1, 2, 3], ["a.dbf"] = [3, 1], ["a.prj"] = Encoding.ASCII.GetBytes(ShapefileZip.Wgs84),
        });

        Assert.Equal(ShapefileFault.Parts, ShapefileArchive.Read(noDbf).Problem!.Fault);
        Assert.Contains("layer.dbf", ShapefileArchive.Read(noDbf).Problem!.Message);
        Assert.Null(ShapefileArchive.Read(one).Problem);
        Assert.Contains("2 Shapefiles", ShapefileArchive.Read(two).Problem!.Message);
        Assert.Equal(ShapefileFault.Unreadable, ShapefileArchive.Read(damaged).Problem!.Fault);
    }

    [Fact]
    public void TheCodePageFile_DecidesHowNamesAreRead()
    {
        var zip = ShapefileZip.Build([ShapefileZip.Point(110.36, 0.99, ("name", "PLBN Entikong – Sanggau"))], cpg: "1252",
            encoding: Encoding.GetEncoding(1252));

        var (features, problem) = ShapefileArchive.Read(zip);

        Assert.Null(problem);
        Assert.Equal("PLBN Entikong – Sanggau", features![0].Attributes["name"]);
    }
}
