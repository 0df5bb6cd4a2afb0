namespace Dashboard.Web.Import;

/// <summary>
/// An uploaded file as rows of column → text, whatever its format. <see cref="ImportRow.Where"/> names a row as the
/// refusals do: "rows[3]" for the third line of a CSV or sheet (the header is line 1), "features[0]" for GeoJSON.
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows);

/// <summary>One row; <see cref="Number"/> is the line (or sheet row) of a table, the feature's index in GeoJSON.</summary>
public sealed record ImportRow(string Where, int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The first of the column's names (the API's, then the Indonesian template's) that the row has.</summary>
    public string Cell(params string[] names)
    {
        foreach (var name in names)
            if (Cells.TryGetValue(name, out var value))
                return value;
        return "";
    }
}
