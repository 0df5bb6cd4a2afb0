namespace Dashboard.Geo.Spatial;

/// <summary>
/// Lambert cylindrical equal-area projection on the authalic sphere, true scale at the equator:
/// x = R·λ, y = R·sin φ. Any shape keeps its area, so equal hexagons here are equal hexagons on the ground;
/// Indonesia lies within 11° of the equator, where shapes are stretched by under 2%.
/// </summary>
public static class EqualAreaProjection
{
    /// <summary>Radius of the sphere with the WGS 84 ellipsoid's surface area, in metres.</summary>
    public const double AuthalicRadius = 6_371_007.181;

    private const double DegreesToRadians = Math.PI / 180.0;

    public static (double X, double Y) Forward(double longitude, double latitude) =>
        (AuthalicRadius * longitude * DegreesToRadians, AuthalicRadius * Math.Sin(latitude * DegreesToRadians));

    public static (double Longitude, double Latitude) Inverse(double x, double y) =>
        (x / AuthalicRadius / DegreesToRadians, Math.Asin(Math.Clamp(y / AuthalicRadius, -1, 1)) / DegreesToRadians);
}
