namespace Dashboard.Geo.Queries.Risk;

/// <summary>
/// A run's score percentiles and national factor means: what its cells are classed against. <see cref="Cuts"/> are the
/// scores at <see cref="RiskBands.Percentiles"/>, of which the median, P75 and P90 are the first three.
/// </summary>
public sealed record RiskDistribution(IReadOnlyList<double> Cuts, double MeanThreat, double MeanVulnerability, double MeanImpact)
{
    public double Median => Cuts[0];

    public double P75 => Cuts[1];

    public double P90 => Cuts[2];

    public int BandOf(double score) => RiskBands.Of(score, Cuts);
}
