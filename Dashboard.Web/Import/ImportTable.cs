namespace Dashboard.Web.Import;

/// <summary>
/// An uploaded file as rows of column → text, whatever its format. <see cref="ImportRow.Where"/> names a row as the
/// refusals do: "rows[3]" for the third line of a CSV or sheet (the header is line 1), "features[0]" for GeoJSON.
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows)
{
    /// <summary>dBASE limit on a Shapefile's attribute names.</summary>
    public const int DbfNameLength = 10;

    /// <summary>True for a Shapefile's attributes, whose names dBASE cut to ten characters ("dailyPasse").</summary>
    public bool ShortNames { get; init; }

    /// <summary>
    /// The table with each cut name given back its full one from <paramref name="names"/> (the template's), so a
    /// Shapefile exported from the template's columns reads like the CSV. Names that fit in ten characters stay.
    /// </summary>
    public ImportTable WithFullNames(IEnumerable<string> names)
    {
        if (!ShortNames)
            return this;
        var full = names.Where(n => n.Length > DbfNameLength).GroupBy(n => n[..DbfNameLength], StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        string Full(string column) => full.GetValueOrDefault(column, column);
        var rows = Rows.Select(r => r with
        {
            Cells = r.Cells.ToDictionary(c => Full(c.Key), c => c.Value, StringComparer.OrdinalIgnoreCase),
        }).ToList();
        return new ImportTable([.. Columns.Select(Full)], rows);
    }
}

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
