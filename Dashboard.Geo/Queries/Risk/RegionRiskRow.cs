namespace Dashboard.Geo.Queries.Risk;

/// <summary>One region in the ranked table: its risk, how it changed, and which factors drive it.</summary>
/// <param name="TopFactors">Factors ordered by how far the region's mean exceeds the national mean ("threat", "vulnerability", "impact").</param>
public sealed record RegionRiskRow(
    string Level, string Code, string Name, int Cells, double MeanScore, double MaxScore, int HotCells,
    double MeanThreat, double MeanVulnerability, double MeanImpact,
    double? ChangeSincePreviousRun, double? ChangeOverPeriod, IReadOnlyList<string> TopFactors);
