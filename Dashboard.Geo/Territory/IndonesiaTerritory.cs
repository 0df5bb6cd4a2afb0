using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Dashboard.Geo.Territory;

/// <summary>
/// Indonesia as the law draws it for our purposes: its land (the Natural Earth outline the risk grid uses) and its
/// territorial sea, 12 nautical miles (22.2 km) from the coast, but never another country's land. 12 nautical miles are
/// 12 arc minutes of latitude, so the land is buffered by 0.2° (between 11° S and 6° N a degree of longitude is at least
/// 0.98 of one of latitude: the buffer is 21.8–22.2 km). A point that falls elsewhere is named by the country it is in.
/// The outline is coarse at land borders (PLBN Entikong itself falls a few hundred metres inside Malaysia on it), so a
/// point in a neighbour's outline within <see cref="LandBorderToleranceDegrees"/> of Indonesian land still counts:
/// border posts and the paths beside them must be reportable; Singapore, Kuala Lumpur and Dili stay well outside.
/// </summary>
public sealed class IndonesiaTerritory
{
    public const double TerritorialSeaNauticalMiles = 12;
    public const double TerritorialSeaDegrees = TerritorialSeaNauticalMiles / 60;
    public const double LandBorderToleranceDegrees = 0.05;

    private readonly IPreparedGeometry _land;
    private readonly IPreparedGeometry _waters;
    private readonly IPreparedGeometry _besideLand;
    private readonly IReadOnlyList<(string Name, IPreparedGeometry Outline)> _others;

    private IndonesiaTerritory(Geometry land, IReadOnlyList<LandArea> others)
    {
        _land = PreparedGeometryFactory.Prepare(land);
        _waters = PreparedGeometryFactory.Prepare(land.Buffer(TerritorialSeaDegrees, 4));
        _besideLand = PreparedGeometryFactory.Prepare(land.Buffer(LandBorderToleranceDegrees, 4));
        _others = [.. others.Select(a => (a.Name, PreparedGeometryFactory.Prepare(a.Outline)))];
    }

    /// <summary>The territory from the stored land outlines, or null when none of them is Indonesia.</summary>
    public static IndonesiaTerritory? From(IReadOnlyList<LandArea> areas)
    {
        var indonesia = areas.Where(a => a.IsIndonesia).Select(a => (Geometry)a.Outline).ToList();
        if (indonesia.Count == 0)
            return null;
        var land = indonesia.Count == 1 ? indonesia[0] : Geometries.Factory.BuildGeometry(indonesia).Union();
        return new IndonesiaTerritory(land, [.. areas.Where(a => !a.IsIndonesia)]);
    }

    /// <summary>Null when the point is on Indonesian land or in its territorial sea; otherwise where it fell instead.</summary>
    public string? Where(Coordinate c)
    {
        var point = Geometries.Point(c.X, c.Y);
        if (_land.Covers(point))
            return null;
        foreach (var (name, outline) in _others)
        {
            if (outline.Covers(point))
                return _besideLand.Covers(point) ? null : $"lies in {name}, not in Indonesia";
        }
        return _waters.Covers(point)
            ? null
            : FormattableString.Invariant($"lies at sea more than {TerritorialSeaNauticalMiles} nautical miles ({TerritorialSeaNauticalMiles * 1.852:0.#} km) from Indonesian land");
    }

    /// <summary>
    /// Null when the geometry is inside. Rule: a point must be inside; a line (a rat route or a road may cross a border)
    /// must have its start or its end inside; a polygon its every vertex.
    /// </summary>
    public string? Check(Geometry geometry)
    {
        if (geometry is Point p)
            return Describe(p.Coordinate, Where(p.Coordinate));
        if (geometry is LineString line)
        {
            var start = Where(line.StartPoint.Coordinate);
            return start is null || Where(line.EndPoint.Coordinate) is null
                ? null
                : Describe(line.StartPoint.Coordinate, start) + "; neither end of the line is in Indonesia";
        }
        foreach (var c in geometry.Coordinates)
        {
            if (Where(c) is { } problem)
                return Describe(c, problem);
        }
        return null;
    }

    private static string? Describe(Coordinate c, string? problem) =>
        problem is null ? null : FormattableString.Invariant($"coordinate (lon {c.X:0.#####}, lat {c.Y:0.#####}) {problem}");
}
