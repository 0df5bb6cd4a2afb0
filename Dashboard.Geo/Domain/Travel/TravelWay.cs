using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Travel;

/// <summary>
/// A way a patrol can travel that is not a rat route: a road, a track or a ferry lane, loaded from a GeoJSON file (an
/// OpenStreetMap extract, a public-works road register). Together with the rat routes it makes the travel network.
/// </summary>
public sealed class TravelWay
{
    public long Id { get; set; }

    /// <summary>The way's name or number where it has one, e.g. "Jalan Lintas Malindo"; many tracks have none.</summary>
    public string? Name { get; set; }

    public TravelWayKind Kind { get; set; }

    /// <summary>Where the way came from: the file or the office that loaded it.</summary>
    public required string Source { get; set; }

    public required LineString Path { get; set; }

    /// <summary>True for generated demo data, which the UI labels as such.</summary>
    public bool IsSynthetic { get; set; }
}
