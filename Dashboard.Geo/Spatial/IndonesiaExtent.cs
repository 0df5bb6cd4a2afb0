using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Spatial;

/// <summary>
/// The box that holds Indonesia's land and territorial waters, with a small margin: Sabang (95.3° E) to Merauke
/// (141.0° E), Miangas (5.6° N) to Rote (11.0° S). Anything outside is a typo or a swapped coordinate.
/// </summary>
public static class IndonesiaExtent
{
    public const double West = 94.0;
    public const double East = 141.5;
    public const double South = -11.5;
    public const double North = 6.5;

    public static Envelope Envelope { get; } = new(West, East, South, North);

    public static bool Contains(Coordinate c) =>
        c.X is >= West and <= East && c.Y is >= South and <= North;
}
