using Dashboard.Jobs.RiskMap;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Import;

/// <summary>
/// The bookkeeping every master-data import shares: opening the file (readable, the required columns there, some rows
/// and not too many), each row's verdict, the refusals named as the API names them ("rows[4].longitude"), and the
/// all-or-nothing write at the end.
/// </summary>
public sealed class ImportLedger(bool dryRun)
{
    private readonly List<ImportRowVerdict> _verdicts = [];
    private readonly List<ImportNotice> _notices = [];
    private IReadOnlyList<ImportColumn> _columns = [];

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool DryRun => dryRun;

    /// <summary>The file's rows, or null with the reason in <see cref="Errors"/> (use <see cref="Refused"/> then).</summary>
    public ImportTable? Open(byte[] file, string template, IReadOnlyList<ImportColumn> columns, int maxRows, string rowsOf)
    {
        _columns = columns;
        if (ImportTableReader.Read(file, template, geoJson: true, Errors, _notices) is not { } read)
            return null;
        var table = read.WithFullNames(columns.SelectMany(c => c.Names));
        // A GeoJSON or Shapefile point gives longitude and latitude itself.
        foreach (var column in columns.Where(c => c.Required && c.Name is not ("longitude" or "latitude")))
            if (!column.Names.Any(n => table.Columns.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                Errors[$"columns.{column.Name}"] = [$"the column '{column.Name}' (or '{column.Indonesian}') is missing; the template's columns are: {string.Join(", ", columns.Select(c => c.Name))}."];
                _notices.Add(new ImportNotice(ImportNoticeCode.MissingColumn, column.Name, column.Indonesian));
            }
        if (Errors.Count > 0)
            return null;
        if (table.Rows.Count == 0)
        {
            Errors["file"] = [$"the file has a header but no {rowsOf}."];
            _notices.Add(new ImportNotice(ImportNoticeCode.NoRows));
        }
        else if (table.Rows.Count > maxRows)
        {
            Errors["file"] = [$"the file has {table.Rows.Count} rows; at most {maxRows} per import."];
            _notices.Add(new ImportNotice(ImportNoticeCode.TooManyRows, table.Rows.Count.ToString(), maxRows.ToString()));
        }
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

    /// <summary>The answer when <see cref="Open"/> refused the file.</summary>
    public MasterImportResult Refused() => MasterImportResult.Failed(dryRun, Errors, _notices, ColumnNames());

    public MasterImportResult Result(int rows)
    {
        int Count(ImportVerdict v) => _verdicts.Count(x => x.Verdict == v);
        return new MasterImportResult(dryRun, rows, Count(ImportVerdict.Created), Count(ImportVerdict.Updated), Count(ImportVerdict.Unchanged),
            Count(ImportVerdict.Refused), _verdicts, Errors) { Notices = _notices, Columns = ColumnNames() };
    }

    /// <summary>
    /// The verdicts, and unless this is a dry run or a row was refused, everything written in one transaction; a new
    /// risk run is asked for when something changed. <paramref name="what"/> names the records ("crossings").
    /// </summary>
    public async Task<MasterImportResult> SaveAsync(DbContext db, int rows, string what, RiskMapTrigger trigger, CancellationToken ct)
    {
        var result = Result(rows);
        if (dryRun || !result.Succeeded)
            return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import or an edit took one of these keys between the check and the write; nothing was stored.
            Errors.Clear();
            Errors["file"] = [$"another change to these {what} landed while importing; nothing was stored, run the import again."];
            _notices.Clear();
            _notices.Add(new ImportNotice(ImportNoticeCode.Conflict));
            return MasterImportResult.Failed(dryRun, Errors, _notices, ColumnNames(), rows);
        }
        if (result.Created + result.Updated > 0)
            trigger.TryRequest();
        return result;
    }

    private Dictionary<string, string> ColumnNames() => _columns.ToDictionary(c => c.Name, c => c.Indonesian);
}
