using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// Quartic (biweight) kernel density of weighted points over the cells of a hex grid:
/// K(d) = 3 / (π h²) · (1 − d²/h²)² for d &lt; h, else 0, so each point spreads its weight over a disc of radius h
/// and the density integrates to the total weight. Densities are per square metre; the cell centre stands for the cell.
/// </summary>
public sealed class KernelDensity(HexGrid grid, double bandwidthMetres)
{
    public double BandwidthMetres { get; } = bandwidthMetres > 0
        ? bandwidthMetres
        : throw new ArgumentOutOfRangeException(nameof(bandwidthMetres));

    public static double Kernel(double distance, double bandwidth)
    {
        if (distance >= bandwidth)
            return 0;
        var u = 1 - distance * distance / (bandwidth * bandwidth);
        return 3 / (Math.PI * bandwidth * bandwidth) * u * u;
    }

    /// <summary>Adds each point's kernel to the cells whose centres are within the bandwidth.</summary>
    public Dictionary<long, double> Estimate(IEnumerable<WeightedPoint> points)
    {
        var density = new Dictionary<long, double>();
        var rings = (int)Math.Ceiling(BandwidthMetres / grid.CentreSpacingMetres) + 1;
        var offsets = HexRings.Offsets(rings);
        foreach (var point in points)
        {
            var (x, y) = EqualAreaProjection.Forward(point.Longitude, point.Latitude);
            var home = grid.CellAtProjected(x, y);
            foreach (var (dq, dr) in offsets)
            {
                var cell = new HexCell(home.Q + dq, home.R + dr);
                var (cx, cy) = grid.ProjectedCentre(cell);
                var d = Math.Sqrt((cx - x) * (cx - x) + (cy - y) * (cy - y));
                var k = Kernel(d, BandwidthMetres);
                if (k <= 0)
                    continue;
                density.TryGetValue(cell.Id, out var sum);
                density[cell.Id] = sum + point.Weight * k;
            }
        }
        return density;
    }
}
