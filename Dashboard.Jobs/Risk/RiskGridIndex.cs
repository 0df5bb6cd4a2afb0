using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// The grid's cells in input order, with their projected centres and a lookup from axial coordinates to position.
/// The lookup is a dense array over the grid's bounding rectangle of (q, r): the kernel asks it millions of times,
/// and an array read is several times cheaper than a dictionary probe.
/// </summary>
public sealed class RiskGridIndex
{
    private readonly int _qMin;
    private readonly int _rMin;
    private readonly int _width;
    private readonly int _height;
    private readonly int[] _dense;

    public RiskGridIndex(HexGrid grid, IReadOnlyList<GridCellInput> cells)
    {
        Grid = grid;
        X = new double[cells.Count];
        Y = new double[cells.Count];
        Q = new int[cells.Count];
        R = new int[cells.Count];
        Position = new Dictionary<long, int>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            Position[cells[i].Id] = i;
            var cell = HexCell.FromId(cells[i].Id);
            (Q[i], R[i]) = (cell.Q, cell.R);
            (X[i], Y[i]) = grid.ProjectedCentre(cell);
        }
        _qMin = cells.Count == 0 ? 0 : Q.Min();
        _rMin = cells.Count == 0 ? 0 : R.Min();
        _width = cells.Count == 0 ? 0 : Q.Max() - _qMin + 1;
        _height = cells.Count == 0 ? 0 : R.Max() - _rMin + 1;
        _dense = new int[_width * _height];
        Array.Fill(_dense, -1);
        for (var i = 0; i < cells.Count; i++)
            _dense[(R[i] - _rMin) * _width + (Q[i] - _qMin)] = i;
    }

    public int[] Q { get; }

    public int[] R { get; }

    /// <summary>Position of the cell (q, r), or −1 when it is not in the grid.</summary>
    public int IndexOf(int q, int r)
    {
        var (dq, dr) = (q - _qMin, r - _rMin);
        return (uint)dq < (uint)_width && (uint)dr < (uint)_height ? _dense[dr * _width + dq] : -1;
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
            var i = IndexOf(home.Q + dq, home.R + dr);
            if (i < 0)
                continue;
            var d = Math.Sqrt((X[i] - x) * (X[i] - x) + (Y[i] - y) * (Y[i] - y));
            if (d <= reach && factors[i] < factor)
                factors[i] = factor;
        }
    }
}
