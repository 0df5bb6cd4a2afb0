using Dashboard.Web.Import;

namespace Dashboard.Web.Cases;

/// <summary>An uploaded case file (CSV or XLSX, read by <see cref="ImportTableReader"/>) as numbered rows of column → text.</summary>
public static class CaseFileReader
{
    public sealed record Sheet(IReadOnlyList<string> Columns, IReadOnlyList<(int Row, IReadOnlyDictionary<string, string> Cells)> Rows);

    public static Sheet? Read(byte[] bytes, IDictionary<string, string[]> errors) =>
        ImportTableReader.Read(bytes, "/api/cases/import/template.csv", geoJson: false, errors) is { } table
            ? new Sheet(table.Columns, [.. table.Rows.Select(r => (r.Number, r.Cells))])
            : null;
}
