using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// One pass of the quartic kernel over the cases that fills every case-derived surface at once (victims, minors,
/// victims to high-risk destinations), straight into arrays aligned with the grid: the same sums as three
/// <see cref="KernelDensity"/> runs, for a third of the work. The cases are split across the cores, each summing
/// into its own arrays, which are added up at the end (addition order differs only in the last bits).
/// </summary>
internal static class CaseKernels
{
    public static (double[] Victims, double[] Minors, double[] HighRisk) Estimate(RiskInputs inputs, RiskOptions options, RiskGridIndex index)
    {
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var chunk = (inputs.Cases.Count + parts - 1) / parts;
        var results = new (double[] V, double[] M, double[] H)[parts];
        Parallel.For(0, parts, p =>
            results[p] = EstimateRange(inputs, options, index, p * chunk, Math.Min(inputs.Cases.Count, (p + 1) * chunk)));
        var (victims, minors, highRisk) = results[0];
        for (var p = 1; p < parts; p++)
        {
            for (var i = 0; i < index.Count; i++)
            {
                victims[i] += results[p].V[i];
                minors[i] += results[p].M[i];
                highRisk[i] += results[p].H[i];
            }
        }
        return (victims, minors, highRisk);
    }

    private static (double[], double[], double[]) EstimateRange(RiskInputs inputs, RiskOptions options, RiskGridIndex index, int from, int to)
    {
        var grid = index.Grid;
        var h = options.CaseBandwidthKm * 1000;
        var offsets = HexRings.Offsets((int)Math.Ceiling(h / grid.CentreSpacingMetres) + 1);
        var (victims, minors, highRisk) = (new double[index.Count], new double[index.Count], new double[index.Count]);
        for (var n = from; n < to; n++)
        {
            var c = inputs.Cases[n];
            var decay = ThreatStage.CaseDecay(c, inputs.AsOf, options);
            var (x, y) = EqualAreaProjection.Forward(c.Longitude, c.Latitude);
            var home = grid.CellAtProjected(x, y);
            foreach (var (dq, dr) in offsets)
            {
                var (cx, cy) = grid.ProjectedCentre(new HexCell(home.Q + dq, home.R + dr));
                var k = KernelDensity.Kernel(Math.Sqrt((cx - x) * (cx - x) + (cy - y) * (cy - y)), h);
                // Distance first: most offsets of the hexagonal ring fall outside the disc.
                if (k <= 0)
                    continue;
                var i = index.IndexOf(home.Q + dq, home.R + dr);
                if (i < 0)
                    continue;
                var w = decay * k;
                victims[i] += c.Victims * w;
                minors[i] += c.Minors * w;
                if (c.HighRiskDestination)
                    highRisk[i] += c.Victims * w;
            }
        }
        return (victims, minors, highRisk);
    }
}
