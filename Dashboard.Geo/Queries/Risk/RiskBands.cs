namespace Dashboard.Geo.Queries.Risk;

/// <summary>
/// The one risk scale every view uses: a score's band among its run's cells, cut at the run's 50th, 75th, 90th, 95th
/// and 99th percentile score (<see cref="RiskDistribution.Cuts"/>). Band −1 is at or below the median (the map leaves
/// it clear); band 4 is the top 1 %. The map draws the same bands in the browser (symbols.js riskClass).
/// </summary>
public static class RiskBands
{
    public static readonly IReadOnlyList<double> Percentiles = [0.5, 0.75, 0.9, 0.95, 0.99];

    public static int Of(double score, IReadOnlyList<double> cuts)
    {
        var band = -1;
        for (var i = 0; i < cuts.Count; i++)
            if (score > cuts[i])
                band = i;
        return band;
    }
}
