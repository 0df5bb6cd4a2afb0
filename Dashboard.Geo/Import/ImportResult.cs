namespace Dashboard.Geo.Import;

/// <summary>
/// What an import did. When <see cref="Problems"/> is not empty nothing was written. <see cref="Unchanged"/> counts
/// records already stored as they are, e.g. from a file sent twice.
/// </summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public int Unchanged { get; init; }

    public bool Succeeded => Problems.Count == 0;

    public static ImportResult Rejected(IReadOnlyList<ImportProblem> problems) => new(0, 0, problems);
}
