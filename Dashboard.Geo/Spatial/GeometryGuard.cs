using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Dashboard.Geo.Spatial;

/// <summary>
/// Checks a geometry before it is stored: present, WGS 84, at most <see cref="GeometryLimits.MaxVertices"/> vertices,
/// two-dimensional, finite, OGC-valid and inside Indonesia's bounding box (and, given the territory, inside it).
/// </summary>
public static class GeometryGuard
{
    /// <summary>As <see cref="Check(string, string, Geometry?)"/>, and then on Indonesian land or within its territorial sea.</summary>
    public static GeometryProblem? Check(string recordKind, string recordLabel, Geometry? geometry, Territory.IndonesiaTerritory? territory)
    {
        if (Check(recordKind, recordLabel, geometry) is { } problem)
            return problem;
        return territory?.Check(geometry!) is { } outside
            ? new GeometryProblem(recordKind, recordLabel, GeometryProblemKind.OutsideIndonesia, outside)
            : null;
    }

    public static GeometryProblem? Check(string recordKind, string recordLabel, Geometry? geometry)
    {
        GeometryProblem Problem(GeometryProblemKind kind, string detail) => new(recordKind, recordLabel, kind, detail);

        if (geometry is null)
            return Problem(GeometryProblemKind.Missing, "geometry is missing");
        if (geometry.IsEmpty)
            return Problem(GeometryProblemKind.Empty, $"{geometry.GeometryType} is empty");
        if (geometry.SRID != Geometries.Wgs84)
            return Problem(GeometryProblemKind.WrongSrid, $"SRID is {geometry.SRID}, expected 4326 (WGS 84 longitude/latitude)");

        if (geometry.NumPoints > GeometryLimits.MaxVertices)
            return Problem(GeometryProblemKind.TooLarge, FormattableString.Invariant($"{geometry.GeometryType} has {geometry.NumPoints:N0} vertices; at most {GeometryLimits.MaxVertices:N0} per geometry (simplify it first)"));

        var coordinates = geometry.Coordinates;
        // Rule: longitude and latitude only. A height or measure would be silently dropped by the 2D columns, so it is refused.
        var raised = coordinates.FirstOrDefault(c => !double.IsNaN(c.Z) || !double.IsNaN(c.M));
        if (raised is not null)
            return Problem(GeometryProblemKind.NotTwoDimensional, FormattableString.Invariant(
                $"coordinate (lon {raised.X:0.#####}, lat {raised.Y:0.#####}) has a third or fourth value; send [longitude, latitude] only"));
        var notFinite = coordinates.FirstOrDefault(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y));
        if (notFinite is not null)
            return Problem(GeometryProblemKind.NotFinite, "a coordinate is not a finite number");

        var outside = coordinates.FirstOrDefault(c => !IndonesiaExtent.Contains(c));
        if (outside is not null)
            return Problem(GeometryProblemKind.OutsideIndonesia, FormattableString.Invariant(
                $"coordinate (lon {outside.X:0.#####}, lat {outside.Y:0.#####}) lies outside Indonesia ({IndonesiaExtent.West}..{IndonesiaExtent.East} E, {IndonesiaExtent.South}..{IndonesiaExtent.North} N); are longitude and latitude swapped?"));

        var validity = new IsValidOp(geometry).ValidationError;
        if (validity is not null)
            return Problem(GeometryProblemKind.Invalid, FormattableString.Invariant(
                $"{geometry.GeometryType} is not valid: {validity.Message} at (lon {validity.Coordinate?.X:0.#####}, lat {validity.Coordinate?.Y:0.#####})"));

        return null;
    }
}
