using System.IO.Compression;
using System.Text;
using NetTopologySuite.Features;

namespace Dashboard.Testing.Import;

/// <summary>
/// Zipped Shapefiles as QGIS exports them, written by the same library the app reads them with, with parts left out or
/// broken on purpose for the refusal tests.
/// </summary>
public static class ShapefileZip
{
    public const string Wgs84 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    /// <summary>WGS 84 / UTM zone 49S (EPSG:32749), which covers West Kalimantan's border.</summary>
    public const string Utm49S = """PROJCS["WGS_1984_UTM_Zone_49S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    /// <summary>
    /// A zip of NAME.shp, .shx, .dbf and, unless <paramref name="prj"/> is null, .prj. <paramref name="drop"/> leaves
    /// out parts by extension (".dbf"); <paramref name="cpg"/> adds a code page file.
    /// </summary>
    public static byte[] Build(IEnumerable<IFeature> features, string? prj = Wgs84, string name = "layer", string[]? drop = null,
        string? cpg = null, Encoding? encoding = null)
    {
        using MemoryStream shp = new(), shx = new(), dbf = new(), prjStream = new();
        NetTopologySuite.IO.Esri.Shapefile.WriteAllFeatures(features, shp, shx, dbf, prjStream, prj ?? "", encoding ?? Encoding.UTF8);
        var parts = new Dictionary<string, byte[]> { [".shp"] = shp.ToArray(), [".shx"] = shx.ToArray(), [".dbf"] = dbf.ToArray() };
        if (prj is not null)
            parts[".prj"] = Encoding.ASCII.GetBytes(prj);
        if (cpg is not null)
            parts[".cpg"] = Encoding.ASCII.GetBytes(cpg);
        foreach (var extension in drop ?? [])
            parts.Remove(extension);
        return Zip(parts.ToDictionary(p => name + p.Key, p => p.Value));
    }

    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, bytes) in entries)
            {
                using var stream = archive.CreateEntry(path).Open();
                stream.Write(bytes);
            }
        return output.ToArray();
    }

    /// <summary>A point with attributes named as GIS tools write them: dBASE keeps the first ten characters.</summary>
    public static Feature Point(double x, double y, params (string Name, object Value)[] attributes)
    {
        var table = new AttributesTable();
        foreach (var (n, v) in attributes)
            table.Add(n.Length > 10 ? n[..10] : n, v);
        return new Feature(Dashboard.Geo.Spatial.Geometries.Point(x, y), table);
    }
}
