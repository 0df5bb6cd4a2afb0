namespace Dashboard.Geo.Import;

/// <summary>One thing wrong with an import, located by a JSON path such as "features[3].geometry".</summary>
public sealed record ImportProblem(string Field, string Message);
