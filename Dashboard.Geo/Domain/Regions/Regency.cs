using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Regions;

/// <summary>A regency (kabupaten) or city (kota), keyed by its Kemendagri code "PP.RR".</summary>
public sealed class Regency
{
    public required string Code { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Name { get; set; }

    public required Point Seat { get; set; }

    public MultiPolygon? Boundary { get; set; }
}
