namespace Dashboard.Geo.Spatial;

/// <summary>Thrown instead of saving when one or more records carry a broken or misplaced geometry.</summary>
public sealed class GeometryRejectedException(IReadOnlyList<GeometryProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<GeometryProblem> Problems { get; } = problems;
}
