using System.Diagnostics;
using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// The risk model, free of I/O: score = threat × vulnerability × impact per cell (the structure of Frontex's CIRAM),
/// then Getis–Ord hot spots. See docs/risk-model.md for the formulas and the reasons behind each default.
/// </summary>
public static class RiskModel
{
    public static RiskResult Compute(RiskInputs inputs, RiskOptions options)
    {
        var index = new RiskGridIndex(new HexGrid(options.GridEdgeMetres), inputs.Cells);
        var result = new RiskResult(index.Count);
        var clock = Stopwatch.StartNew();
        var kernels = CaseKernels.Estimate(inputs, options, index);
        result.KernelMilliseconds = clock.Elapsed.TotalMilliseconds;
        ThreatStage.Compute(inputs, options, index, result, kernels.Victims);
        if (options.FitThreat)
        {
            clock.Restart();
            result.Fit = FittedThreat.Apply(inputs, options, index, result);
            result.FitMilliseconds = clock.Elapsed.TotalMilliseconds;
        }
        VulnerabilityStage.Compute(inputs, options, index, result);
        ImpactStage.Compute(inputs, options, index, result, kernels);
        for (var i = 0; i < index.Count; i++)
            result.Score[i] = result.Threat[i] * result.Vulnerability[i] * result.Impact[i];
        HotSpotStage.Compute(options, index, result);
        return result;
    }
}
