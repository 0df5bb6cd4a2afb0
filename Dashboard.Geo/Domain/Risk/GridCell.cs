using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Risk;

/// <summary>One hexagon of the risk grid, tagged with the region it lies in.</summary>
public sealed class GridCell
{
    /// <summary>Edge length of the grid the cell belongs to, in metres; several grids may coexist.</summary>
    public int EdgeMetres { get; set; }

    /// <summary>The packed axial coordinates (<see cref="Spatial.HexCell.Id"/>).</summary>
    public long Id { get; set; }

    public required Polygon Boundary { get; set; }

    public required Point Centre { get; set; }

    public string? ProvinceCode { get; set; }

    public string? RegencyCode { get; set; }
}
