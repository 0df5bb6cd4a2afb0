namespace Dashboard.Web.Cases;

/// <summary>What an import did or, in a dry run, would do; with errors nothing was stored.</summary>
public sealed record CaseImportResult(bool DryRun, int Rows, int Created, int Updated, int Unchanged, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
