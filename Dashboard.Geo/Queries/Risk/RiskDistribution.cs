namespace Dashboard.Geo.Queries.Risk;

/// <summary>A run's score percentiles and national factor means: what its cells are classed against.</summary>
public sealed record RiskDistribution(double Median, double P75, double P90, double MeanThreat, double MeanVulnerability, double MeanImpact);
