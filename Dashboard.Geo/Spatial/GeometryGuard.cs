using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Dashboard.Geo.Spatial;

/// <summary>Checks a geometry before it is stored: present, WGS 84, finite, OGC-valid and inside Indonesia.</summary>
public static class GeometryGuard
{
    public static GeometryProblem? Check(string recordKind, string recordLabel, Geometry? geometry)
    {
        GeometryProblem Problem(GeometryProblemKind kind, string detail) => new(recordKind, recordLabel, kind, detail);

        if (geometry is null)
            return Problem(GeometryProblemKind.Missing, "geometry is missing");
        if (geometry.IsEmpty)
            return Problem(GeometryProblemKind.Empty, $"{geometry.GeometryType} is empty");
        if (geometry.SRID != Geometries.Wgs84)
            return Problem(GeometryProblemKind.WrongSrid, $"SRID is {geometry.SRID}, expected 4326 (WGS 84 longitude/latitude)");

        var coordinates = geometry.Coordinates;
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
