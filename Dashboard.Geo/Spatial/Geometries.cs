using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Spatial;

/// <summary>The one geometry factory: WGS 84 (SRID 4326), X = longitude, Y = latitude.</summary>
public static class Geometries
{
    public const int Wgs84 = 4326;

    public static GeometryFactory Factory { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Wgs84);

    public static Point Point(double longitude, double latitude) =>
        Factory.CreatePoint(new Coordinate(longitude, latitude));

    public static LineString Line(params (double Longitude, double Latitude)[] points) =>
        Factory.CreateLineString(points.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray());
}
