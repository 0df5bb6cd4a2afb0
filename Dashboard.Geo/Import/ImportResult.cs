namespace Dashboard.Geo.Import;

/// <summary>What an import did. When <see cref="Problems"/> is not empty nothing was written.</summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportResult Rejected(IReadOnlyList<ImportProblem> problems) => new(0, 0, problems);
}
