namespace Dashboard.Geo.Spatial;

/// <summary>
/// Pointy-top hexagons of a given edge length in the equal-area projection. A point finds its cell by
/// arithmetic (axial coordinates and cube rounding), with no polygon test, so binning a million points is cheap.
/// </summary>
public sealed class HexGrid
{
    private static readonly double Sqrt3 = Math.Sqrt(3);

    public HexGrid(double edgeMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(edgeMetres);
        EdgeMetres = edgeMetres;
    }

    public double EdgeMetres { get; }

    /// <summary>Area of one cell: 3√3/2 · edge².</summary>
    public double CellAreaSquareMetres => 1.5 * Sqrt3 * EdgeMetres * EdgeMetres;

    /// <summary>Distance between the centres of two neighbouring cells: √3 · edge.</summary>
    public double CentreSpacingMetres => Sqrt3 * EdgeMetres;

    public HexCell CellAt(double longitude, double latitude)
    {
        var (x, y) = EqualAreaProjection.Forward(longitude, latitude);
        return CellAtProjected(x, y);
    }

    public HexCell CellAtProjected(double x, double y)
    {
        var q = (Sqrt3 / 3 * x - y / 3) / EdgeMetres;
        var r = 2.0 / 3 * y / EdgeMetres;
        return CubeRound(q, r);
    }

    public (double X, double Y) ProjectedCentre(HexCell cell) =>
        (EdgeMetres * Sqrt3 * (cell.Q + cell.R / 2.0), EdgeMetres * 1.5 * cell.R);

    public (double Longitude, double Latitude) Centre(HexCell cell)
    {
        var (x, y) = ProjectedCentre(cell);
        return EqualAreaProjection.Inverse(x, y);
    }

    /// <summary>The six corners, counter-clockwise from the one at 30°, in longitude/latitude.</summary>
    public IReadOnlyList<(double Longitude, double Latitude)> Corners(HexCell cell)
    {
        var (cx, cy) = ProjectedCentre(cell);
        var corners = new (double, double)[6];
        for (var k = 0; k < 6; k++)
        {
            var angle = Math.PI / 180 * (60 * k + 30);
            corners[k] = EqualAreaProjection.Inverse(cx + EdgeMetres * Math.Cos(angle), cy + EdgeMetres * Math.Sin(angle));
        }
        return corners;
    }

    /// <summary>Cells whose centres fall in a longitude/latitude box, row by row.</summary>
    public IEnumerable<HexCell> CellsIn(double west, double south, double east, double north)
    {
        var (x0, y0) = EqualAreaProjection.Forward(west, south);
        var (x1, y1) = EqualAreaProjection.Forward(east, north);
        var rowHeight = 1.5 * EdgeMetres;
        for (var r = (int)Math.Ceiling(y0 / rowHeight); r * rowHeight <= y1; r++)
        {
            var qStart = (int)Math.Ceiling(x0 / CentreSpacingMetres - r / 2.0);
            for (var q = qStart; CentreSpacingMetres * (q + r / 2.0) <= x1; q++)
                yield return new HexCell(q, r);
        }
    }

    private static HexCell CubeRound(double q, double r)
    {
        var s = -q - r;
        var rq = Math.Round(q);
        var rr = Math.Round(r);
        var rs = Math.Round(s);
        var dq = Math.Abs(rq - q);
        var dr = Math.Abs(rr - r);
        var ds = Math.Abs(rs - s);
        if (dq > dr && dq > ds)
            rq = -rr - rs;
        else if (dr > ds)
            rr = -rq - rs;
        return new HexCell((int)rq, (int)rr);
    }
}
