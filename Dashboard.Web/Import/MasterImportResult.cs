namespace Dashboard.Web.Import;

/// <summary>
/// What a master-data import did or, in a dry run, would do, row by row. With any refusal nothing was stored, and
/// <see cref="Errors"/> names each problem as the API does ("rows[4].longitude").
/// </summary>
public sealed record MasterImportResult(bool DryRun, int Rows, int Created, int Updated, int Unchanged, int Refused,
    IReadOnlyList<ImportRowVerdict> Verdicts, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Why the whole file was refused, for the page to say in its own language; empty when rows were judged.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<ImportNotice> Notices { get; init; } = [];

    /// <summary>Each column's Indonesian template name by its API name, so the page names a refused cell as its reader typed it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    public static MasterImportResult Failed(bool dryRun, IReadOnlyDictionary<string, string[]> errors, IReadOnlyList<ImportNotice> notices,
        IReadOnlyDictionary<string, string> columns, int rows = 0) =>
        new(dryRun, rows, 0, 0, 0, 0, [], errors) { Notices = notices, Columns = columns };
}

/// <summary>One row's verdict: created, updated, unchanged or refused, with the refused row's problems by column.</summary>
public sealed record ImportRowVerdict(string Where, string Key, ImportVerdict Verdict, IReadOnlyDictionary<string, string> Problems);

public enum ImportVerdict
{
    Created = 1,
    Updated = 2,
    Unchanged = 3,
    Refused = 4,
}
