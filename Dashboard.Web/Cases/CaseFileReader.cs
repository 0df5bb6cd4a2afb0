using System.Globalization;
using System.Text;
using global::CsvHelper;
using MiniExcelLibs;

namespace Dashboard.Web.Cases;

/// <summary>
/// Reads an uploaded case file into rows of column → text, whatever its format: XLSX (recognised by its ZIP
/// signature, first sheet, header in row 1) or CSV in UTF-8 with a comma or semicolon. Anything else is refused.
/// </summary>
public static class CaseFileReader
{
    public sealed record Sheet(IReadOnlyList<string> Columns, IReadOnlyList<(int Row, IReadOnlyDictionary<string, string> Cells)> Rows);

    public static Sheet? Read(byte[] bytes, IDictionary<string, string[]> errors)
    {
        try
        {
            return bytes is [0x50, 0x4B, 0x03, 0x04, ..] ? ReadXlsx(bytes) : ReadCsv(bytes, errors);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            errors["file"] = ["the file is neither a CSV in UTF-8 nor an XLSX workbook that can be read; start from /api/cases/import/template.csv."];
            return null;
        }
    }

    private static Sheet? ReadCsv(byte[] bytes, IDictionary<string, string[]> errors)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        if (text.Contains('\0'))
        {
            errors["file"] = ["the file holds binary bytes, not CSV text; send a CSV in UTF-8 or an XLSX workbook."];
            return null;
        }
        var options = new CsvReaderOptions
        {
            FieldCountMismatch = CsvFieldCountHandling.Allow, MissingField = CsvMissingFieldHandling.ReturnEmpty, TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        csv.ReadHeader();
        var columns = (csv.Headers ?? []).Select(h => h.Trim()).ToList();
        var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
                cells[columns[i]] = i < csv.FieldCount ? csv.GetString(i).Trim() : "";
            if (cells.Values.All(v => v.Length == 0))
                continue;
            rows.Add(((int)csv.LineNumber, cells));
        }
        return new Sheet(columns, rows);
    }

    private static Sheet ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
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
            rows.Add((index, cells));
        }
        if (columns.Count == 0)
        {
            stream.Position = 0;
            columns.AddRange(stream.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX)?.Select(c => c.Trim()) ?? []);
        }
        return new Sheet(columns, rows);
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
