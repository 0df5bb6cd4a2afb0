using System.Globalization;
using System.Text;
using Dashboard.Geo.Import;
using Dashboard.Geo.Spatial;
using global::CsvHelper;
using MiniExcelLibs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Import;

/// <summary>
/// Reads an uploaded master-data or case file: XLSX (a zip with a workbook; first sheet, header in row 1), when asked
/// for GeoJSON (a FeatureCollection of points) or a zipped Shapefile (each point's longitude and latitude become cells;
/// the attributes the others), or CSV with a comma or semicolon, in UTF-8 or, when the bytes are not UTF-8,
/// Windows-1252 (what Excel saves on an Indonesian desktop). Anything else is refused under "file", with the template
/// to start from.
/// </summary>
public static class ImportTableReader
{
    static ImportTableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ImportTable? Read(byte[] bytes, string template, bool geoJson, IDictionary<string, string[]> errors,
        ICollection<ImportNotice>? notices = null)
    {
        if (bytes.Length == 0)
        {
            errors["file"] = [$"the file is empty; start from {template}."];
            notices?.Add(new ImportNotice(ImportNoticeCode.Empty));
            return null;
        }
        try
        {
            if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
                return geoJson && !ShapefileArchive.IsWorkbook(bytes) ? ReadShapefile(bytes, errors, notices) : ReadXlsx(bytes);
            var text = Decode(bytes);
            if (text.Contains('\0'))
            {
                errors["file"] = [$"the file holds binary bytes, not CSV text; send a CSV, an XLSX workbook{(geoJson ? " or GeoJSON" : "")}, starting from {template}."];
                notices?.Add(new ImportNotice(ImportNoticeCode.Binary));
                return null;
            }
            return geoJson && text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('{') ? ReadGeoJson(bytes, errors, notices) : ReadCsv(text);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            errors["file"] = [$"the file is neither a CSV nor an XLSX workbook{(geoJson ? ", GeoJSON nor a zipped Shapefile" : "")} that can be read; start from {template}."];
            notices?.Add(new ImportNotice(ImportNoticeCode.Unreadable));
            return null;
        }
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static ImportTable ReadCsv(string text)
    {
        var options = new CsvReaderOptions
        {
            FieldCountMismatch = CsvFieldCountHandling.Allow, MissingField = CsvMissingFieldHandling.ReturnEmpty, TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        csv.ReadHeader();
        var columns = (csv.Headers ?? []).Select(h => h.Trim()).ToList();
        var rows = new List<ImportRow>();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
                cells[columns[i]] = i < csv.FieldCount ? csv.GetString(i).Trim() : "";
            if (cells.Values.All(v => v.Length == 0))
                continue;
            rows.Add(new ImportRow($"rows[{csv.LineNumber}]", (int)csv.LineNumber, cells));
        }
        return new ImportTable(columns, rows);
    }

    private static ImportTable ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var rows = new List<ImportRow>();
        var columns = new List<string>();
        var index = 1;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            index++;
            if (columns.Count == 0)
                columns.AddRange(row.Keys.Select(k => k.Trim()));
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in row)
                cells[key.Trim()] = Text(value);
            if (cells.Values.All(v => v.Length == 0))
                continue;
            rows.Add(new ImportRow($"rows[{index}]", index, cells));
        }
        if (columns.Count == 0)
        {
            stream.Position = 0;
            columns.AddRange(stream.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX)?.Select(c => c.Trim()) ?? []);
        }
        return new ImportTable(columns, rows);
    }

    private static ImportTable? ReadGeoJson(byte[] bytes, IDictionary<string, string[]> errors, ICollection<ImportNotice>? notices)
    {
        using var stream = new MemoryStream(bytes);
        var (collection, problem) = GeoJsonFile.ReadAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        if (problem is not null)
        {
            errors["file"] = [problem.Message];
            notices?.Add(new ImportNotice(ImportNoticeCode.GeoJson, problem.Message));
            return null;
        }
        return Features(collection!, shortNames: false, errors);
    }

    private static ImportTable? ReadShapefile(byte[] bytes, IDictionary<string, string[]> errors, ICollection<ImportNotice>? notices)
    {
        var (collection, problem) = ShapefileArchive.Read(bytes);
        if (problem is not null)
        {
            errors["file"] = [problem.Message];
            notices?.Add(new ImportNotice(problem.Fault switch
            {
                ShapefileFault.NoProjection => ImportNoticeCode.ShapefileNoProjection,
                ShapefileFault.Projection => ImportNoticeCode.ShapefileProjection,
                ShapefileFault.Unreadable => ImportNoticeCode.ShapefileUnreadable,
                _ => ImportNoticeCode.ShapefileParts,
            }, problem.Subject));
            return null;
        }
        return Features(collection!, shortNames: true, errors);
    }

    private static ImportTable Features(FeatureCollection collection, bool shortNames, IDictionary<string, string[]> errors)
    {
        var columns = new List<string> { "longitude", "latitude" };
        var rows = new List<ImportRow>();
        for (var i = 0; i < collection.Count; i++)
        {
            var feature = collection[i];
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in feature.Attributes?.GetNames() ?? [])
            {
                cells[name] = Text(feature.Attributes![name]);
                if (!columns.Contains(name, StringComparer.OrdinalIgnoreCase))
                    columns.Add(name);
            }
            // No geometry leaves the location to the columns (an outreach session has none; a crossing without one
            // is refused for its missing location); any other shape than a point is refused here.
            if (feature.Geometry is Point { IsEmpty: false } point)
                (cells["longitude"], cells["latitude"]) = (Text(point.X), Text(point.Y));
            else if (feature.Geometry is { IsEmpty: false })
                errors[$"features[{i}].geometry"] = [$"features[{i}] has a {feature.Geometry.GeometryType} geometry; a crossing or village is a Point."];
            rows.Add(new ImportRow($"features[{i}]", i, cells));
        }
        return new ImportTable(columns, rows) { ShortNames = shortNames };
    }

    // Excel keeps dates as dates and numbers as doubles: write them back the way the template spells them.
    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
