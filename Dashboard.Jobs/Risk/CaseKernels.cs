using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// One pass of the quartic kernel over the cases that fills every case-derived surface at once (victims, minors,
/// victims to high-risk destinations), straight into arrays aligned with the grid: the same sums as three
/// <see cref="KernelDensity"/> runs, for a third of the work.
/// </summary>
internal static class CaseKernels
{
    public static (double[] Victims, double[] Minors, double[] HighRisk) Estimate(RiskInputs inputs, RiskOptions options, RiskGridIndex index)
    {
        var grid = index.Grid;
        var h = options.CaseBandwidthKm * 1000;
        var offsets = HexRings.Offsets((int)Math.Ceiling(h / grid.CentreSpacingMetres) + 1);
        var (victims, minors, highRisk) = (new double[index.Count], new double[index.Count], new double[index.Count]);
        foreach (var c in inputs.Cases)
        {
            var decay = ThreatStage.CaseDecay(c, inputs.AsOf, options);
            var (x, y) = EqualAreaProjection.Forward(c.Longitude, c.Latitude);
            var home = grid.CellAtProjected(x, y);
            foreach (var (dq, dr) in offsets)
            {
                var cell = new HexCell(home.Q + dq, home.R + dr);
                var (cx, cy) = grid.ProjectedCentre(cell);
                var k = KernelDensity.Kernel(Math.Sqrt((cx - x) * (cx - x) + (cy - y) * (cy - y)), h);
                // Distance first: most offsets of the hexagonal ring fall outside the disc, and a lookup costs more.
                if (k <= 0 || !index.Position.TryGetValue(cell.Id, out var i))
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
