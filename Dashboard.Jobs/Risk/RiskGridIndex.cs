using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>The grid's cells in input order, with their projected centres and a lookup from cell id to position.</summary>
public sealed class RiskGridIndex
{
    public RiskGridIndex(HexGrid grid, IReadOnlyList<GridCellInput> cells)
    {
        Grid = grid;
        X = new double[cells.Count];
        Y = new double[cells.Count];
        Position = new Dictionary<long, int>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            Position[cells[i].Id] = i;
            (X[i], Y[i]) = grid.ProjectedCentre(HexCell.FromId(cells[i].Id));
        }
    }

    public HexGrid Grid { get; }

    public double[] X { get; }

    public double[] Y { get; }

    public Dictionary<long, int> Position { get; }

    public int Count => X.Length;

    /// <summary>Raises the factor of every cell whose hexagon comes within <paramref name="radiusMetres"/> of (x, y).</summary>
    public void RaiseNear(double x, double y, double radiusMetres, double factor, double[] factors)
    {
        var reach = radiusMetres + Grid.CentreSpacingMetres / 2; // the hexagon's inradius
        var rings = (int)Math.Ceiling(reach / Grid.CentreSpacingMetres);
        var home = Grid.CellAtProjected(x, y);
        foreach (var (dq, dr) in HexRings.Offsets(rings))
        {
            if (!Position.TryGetValue(new HexCell(home.Q + dq, home.R + dr).Id, out var i))
                continue;
            var d = Math.Sqrt((X[i] - x) * (X[i] - x) + (Y[i] - y) * (Y[i] - y));
            if (d <= reach && factors[i] < factor)
                factors[i] = factor;
        }
    }
}
