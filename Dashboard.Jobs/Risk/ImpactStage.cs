namespace Dashboard.Jobs.Risk;

/// <summary>
/// Impact = 1 + wₘ · minor share + w_d · high-risk-destination share, the shares taken from the decayed cases around
/// the cell and shrunk towards the national share by a prior worth a few victims, so one case cannot make a cell 100%.
/// </summary>
internal static class ImpactStage
{
    public static void Compute(RiskInputs inputs, RiskOptions options, RiskGridIndex index, RiskResult result)
    {
        var kde = new KernelDensity(index.Grid, options.CaseBandwidthKm * 1000);
        var decay = inputs.Cases.Select(c => ThreatStage.CaseDecay(c, inputs.AsOf, options)).ToArray();
        var victims = kde.Estimate(inputs.Cases.Select((c, i) => new WeightedPoint(c.Longitude, c.Latitude, c.Victims * decay[i])));
        var minors = kde.Estimate(inputs.Cases.Select((c, i) => new WeightedPoint(c.Longitude, c.Latitude, c.Minors * decay[i])));
        var highRisk = kde.Estimate(inputs.Cases.Select((c, i) => new WeightedPoint(c.Longitude, c.Latitude, c.HighRiskDestination ? c.Victims * decay[i] : 0)));

        var totalVictims = inputs.Cases.Sum(c => (double)c.Victims);
        var nationalMinors = totalVictims > 0 ? inputs.Cases.Sum(c => (double)c.Minors) / totalVictims : 0;
        var nationalHighRisk = totalVictims > 0 ? inputs.Cases.Where(c => c.HighRiskDestination).Sum(c => (double)c.Victims) / totalVictims : 0;
        // The kernel's densities are per m²; a cell's expected victims = density × area.
        var area = index.Grid.CellAreaSquareMetres;
        var prior = options.SharePriorVictims;

        foreach (var (cellId, i) in index.Position)
        {
            var v = victims.GetValueOrDefault(cellId) * area;
            result.MinorShare[i] = (minors.GetValueOrDefault(cellId) * area + prior * nationalMinors) / (v + prior);
            result.HighRiskDestinationShare[i] = (highRisk.GetValueOrDefault(cellId) * area + prior * nationalHighRisk) / (v + prior);
            result.Impact[i] = 1 + options.MinorWeight * result.MinorShare[i] + options.HighRiskDestinationWeight * result.HighRiskDestinationShare[i];
        }
    }
}
