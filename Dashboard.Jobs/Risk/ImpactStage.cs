namespace Dashboard.Jobs.Risk;

/// <summary>
/// Impact = 1 + wₘ · minor share + w_d · high-risk-destination share, the shares taken from the decayed cases around
/// the cell and shrunk towards the national share by a prior worth a few victims, so one case cannot make a cell 100%.
/// </summary>
internal static class ImpactStage
{
    public static void Compute(RiskInputs inputs, RiskOptions options, RiskGridIndex index, RiskResult result,
        (double[] Victims, double[] Minors, double[] HighRisk) kernels)
    {
        var totalVictims = inputs.Cases.Sum(c => (double)c.Victims);
        var nationalMinors = totalVictims > 0 ? inputs.Cases.Sum(c => (double)c.Minors) / totalVictims : 0;
        var nationalHighRisk = totalVictims > 0 ? inputs.Cases.Where(c => c.HighRiskDestination).Sum(c => (double)c.Victims) / totalVictims : 0;
        // The kernel's densities are per m²; a cell's expected victims = density × area.
        var area = index.Grid.CellAreaSquareMetres;
        var prior = options.SharePriorVictims;

        for (var i = 0; i < index.Count; i++)
        {
            var v = kernels.Victims[i] * area;
            result.MinorShare[i] = (kernels.Minors[i] * area + prior * nationalMinors) / (v + prior);
            result.HighRiskDestinationShare[i] = (kernels.HighRisk[i] * area + prior * nationalHighRisk) / (v + prior);
            result.Impact[i] = 1 + options.MinorWeight * result.MinorShare[i] + options.HighRiskDestinationWeight * result.HighRiskDestinationShare[i];
        }
    }
}
