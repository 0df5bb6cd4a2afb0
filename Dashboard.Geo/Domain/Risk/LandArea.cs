using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Risk;

/// <summary>A country's land outline (Natural Earth); Indonesia's bounds the risk grid to land and coastal waters.</summary>
public sealed class LandArea
{
    public required string Name { get; set; }

    public bool IsIndonesia { get; set; }

    public required MultiPolygon Outline { get; set; }
}
