using System.IO.Compression;
using System.Text;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Dashboard.Geo.Import;

/// <summary>
/// Reads a zipped Shapefile (NAME.shp, NAME.dbf and NAME.prj; the .shx is not needed) into features in WGS 84, as
/// offices export them from QGIS or ArcGIS. The .prj is required: without it the coordinates could be degrees or metres
/// of any UTM zone, and a guess would put a crossing in the sea. A projected system (e.g. UTM zone 49S, DGN95) is
/// converted to longitude and latitude; the attribute encoding comes from the .cpg when there is one.
/// </summary>
public static class ShapefileArchive
{
    static ShapefileArchive() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Parts = "a zipped Shapefile holds NAME.shp, NAME.dbf and NAME.prj (WGS 84 or a projected system such as UTM)";

    /// <summary>True when the zip is an Office Open XML document (an XLSX workbook), which holds [Content_Types].xml.</summary>
    public static bool IsWorkbook(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            return archive.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static (FeatureCollection? Features, ShapefileProblem? Problem) Read(byte[] zip)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return (null, new ShapefileProblem(ShapefileFault.Parts, $"The file is not a readable zip; {Parts}.", ""));
        }
        using (archive)
        {
            var shapes = archive.Entries.Where(e => IsShp(e.FullName)).ToList();
            if (shapes.Count == 0)
                return (null, new ShapefileProblem(ShapefileFault.Parts, $"The zip holds no .shp file; {Parts}.", ""));
            if (shapes.Count > 1)
                return (null, new ShapefileProblem(ShapefileFault.Parts, $"The zip holds {shapes.Count} Shapefiles ({string.Join(", ", shapes.Select(s => s.FullName))}); send one per import.", string.Join(", ", shapes.Select(s => s.FullName))));
            var stem = shapes[0].FullName[..^4];
            var dbf = Sibling(archive, stem, ".dbf");
            if (dbf is null)
                return (null, new ShapefileProblem(ShapefileFault.Parts, $"The zip has {shapes[0].FullName} but no {Path.GetFileName(stem)}.dbf, which holds the attributes; {Parts}.", Path.GetFileName(stem) + ".dbf"));
            var prj = Sibling(archive, stem, ".prj");
            if (prj is null)
                return (null, new ShapefileProblem(ShapefileFault.NoProjection, $"The zip has no {Path.GetFileName(stem)}.prj, so its coordinate system is unknown; export the layer again with its .prj (WGS 84, EPSG:4326, or its UTM zone).", Path.GetFileName(stem) + ".prj"));
            var (transform, projectionProblem) = ToWgs84(ReadText(prj));
            if (projectionProblem is not null)
                return (null, projectionProblem);
            try
            {
                var options = new ShapefileReaderOptions { Factory = Geometries.Factory, Encoding = EncodingOf(Sibling(archive, stem, ".cpg")) };
                using var shp = Copy(shapes[0]);
                using var attributes = Copy(dbf);
                var collection = new FeatureCollection();
                foreach (var feature in NetTopologySuite.IO.Esri.Shapefile.ReadAllFeatures(shp, attributes, options))
                {
                    if (transform is not null && feature.Geometry is { IsEmpty: false } geometry)
                    {
                        geometry.Apply(new ReprojectFilter(transform));
                        geometry.GeometryChanged();
                    }
                    collection.Add(feature);
                }
                return (collection, null);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                return (null, new ShapefileProblem(ShapefileFault.Unreadable, $"{shapes[0].FullName} or its .dbf cannot be read ({e.Message.TrimEnd('.')}); {Parts}.", shapes[0].FullName));
            }
        }
    }

    /// <summary>Null when the .prj already is longitude and latitude in degrees from Greenwich.</summary>
    private static (MathTransform? Transform, ShapefileProblem? Problem) ToWgs84(string wkt)
    {
        CoordinateSystem system;
        try
        {
            system = new CoordinateSystemFactory().CreateFromWkt(wkt);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return (null, new ShapefileProblem(ShapefileFault.Projection, $"The .prj cannot be read as a coordinate system ('{Shorten(wkt)}'); export the layer in WGS 84 (EPSG:4326).", Shorten(wkt)));
        }
        if (system is GeographicCoordinateSystem geographic && Math.Abs(geographic.AngularUnit.RadiansPerUnit - Math.PI / 180) < 1e-9
            && Math.Abs(geographic.PrimeMeridian.Longitude) < 1e-9)
            return (null, null);
        try
        {
            return (new CoordinateTransformationFactory().CreateFromCoordinateSystems(system, GeographicCoordinateSystem.WGS84).MathTransform, null);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return (null, new ShapefileProblem(ShapefileFault.Projection, $"The .prj's coordinate system '{system.Name}' cannot be converted to WGS 84; export the layer in WGS 84 (EPSG:4326).", system.Name));
        }
    }

    private static Encoding? EncodingOf(ZipArchiveEntry? cpg)
    {
        if (cpg is null)
            return null;
        var name = ReadText(cpg).Trim();
        if (name.Contains("UTF", StringComparison.OrdinalIgnoreCase) && name.Contains('8'))
            return new UTF8Encoding(false);
        var digits = new string(name.Where(char.IsDigit).ToArray());
        try
        {
            return digits.Length > 0 ? Encoding.GetEncoding(int.Parse(digits)) : Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or OverflowException)
        {
            return null;
        }
    }

    private static bool IsShp(string path) =>
        path.EndsWith(".shp", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("__MACOSX/", StringComparison.Ordinal)
        && !Path.GetFileName(path).StartsWith('.');

    private static ZipArchiveEntry? Sibling(ZipArchive archive, string stem, string extension) =>
        archive.Entries.FirstOrDefault(e => e.FullName.Equals(stem + extension, StringComparison.OrdinalIgnoreCase));

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    // The reader seeks; a zip entry's stream cannot.
    private static MemoryStream Copy(ZipArchiveEntry entry)
    {
        var copy = new MemoryStream();
        using (var stream = entry.Open())
            stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 60 ? line : line[..60] + "…";
    }

    private sealed class ReprojectFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
