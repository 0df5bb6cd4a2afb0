using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Regions;

/// <summary>A province, keyed by its two-digit Kemendagri code.</summary>
public sealed class Province
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The provincial capital; used to label and to place the region when no boundary is loaded.</summary>
    public required Point Seat { get; set; }

    /// <summary>Official boundary, once imported (see the README's "Region boundaries").</summary>
    public MultiPolygon? Boundary { get; set; }
}
