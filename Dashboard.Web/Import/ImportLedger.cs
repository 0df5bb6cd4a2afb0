namespace Dashboard.Web.Import;

/// <summary>
/// The bookkeeping every master-data import shares: opening the file (readable, the required columns there, some rows
/// and not too many), each row's verdict, and the refusals named as the API names them ("rows[4].longitude").
/// </summary>
public sealed class ImportLedger(bool dryRun)
{
    private readonly List<ImportRowVerdict> _verdicts = [];

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool DryRun => dryRun;

    /// <summary>The file's rows, or null with the reason in <see cref="Errors"/>.</summary>
    public ImportTable? Open(byte[] file, string template, IReadOnlyList<ImportColumn> columns, int maxRows, string rowsOf)
    {
        if (ImportTableReader.Read(file, template, geoJson: true, Errors) is not { } table)
            return null;
        // A GeoJSON point gives longitude and latitude itself.
        foreach (var column in columns.Where(c => c.Required && c.Name is not ("longitude" or "latitude")))
            if (!column.Names.Any(n => table.Columns.Contains(n, StringComparer.OrdinalIgnoreCase)))
                Errors[$"columns.{column.Name}"] = [$"the column '{column.Name}' (or '{column.Indonesian}') is missing; the template's columns are: {string.Join(", ", columns.Select(c => c.Name))}."];
        if (Errors.Count > 0)
            return null;
        if (table.Rows.Count == 0)
            Errors["file"] = [$"the file has a header but no {rowsOf}."];
        else if (table.Rows.Count > maxRows)
            Errors["file"] = [$"the file has {table.Rows.Count} rows; at most {maxRows} per import."];
        return Errors.Count > 0 ? null : table;
    }

    /// <summary>Problems the reader already found in a row (a GeoJSON feature that is not a point), by column.</summary>
    public Dictionary<string, string> ReaderProblems(ImportRow row) =>
        Errors.Where(e => e.Key.StartsWith(row.Where + ".", StringComparison.Ordinal))
            .ToDictionary(e => e.Key[(row.Where.Length + 1)..], e => e.Value[0]);

    public void Refuse(ImportRow row, string key, IReadOnlyDictionary<string, string> problems)
    {
        _verdicts.Add(new ImportRowVerdict(row.Where, key, ImportVerdict.Refused, problems));
        foreach (var (field, message) in problems)
            Errors[$"{row.Where}.{field}"] = [message];
    }

    public void Accept(ImportRow row, string key, ImportVerdict verdict) =>
        _verdicts.Add(new ImportRowVerdict(row.Where, key, verdict, new Dictionary<string, string>()));

    public MasterImportResult Result(int rows)
    {
        int Count(ImportVerdict v) => _verdicts.Count(x => x.Verdict == v);
        return new MasterImportResult(dryRun, rows, Count(ImportVerdict.Created), Count(ImportVerdict.Updated), Count(ImportVerdict.Unchanged),
            Count(ImportVerdict.Refused), _verdicts, Errors);
    }

    public MasterImportResult Failed(string message, int rows)
    {
        Errors.Clear();
        Errors["file"] = [message];
        return MasterImportResult.Failed(dryRun, Errors, rows);
    }
}
