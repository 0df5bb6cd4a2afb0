namespace Dashboard.Geo.Spatial;

/// <summary>How big one geometry from outside may be: enough for a detailed province boundary, not for a runaway trace.</summary>
public static class GeometryLimits
{
    public const int MaxVertices = 100_000;
}
