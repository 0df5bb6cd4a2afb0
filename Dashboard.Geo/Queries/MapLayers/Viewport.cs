namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>What the map shows: a longitude/latitude box and a Web Mercator zoom level.</summary>
public sealed record Viewport(double West, double South, double East, double North, int Zoom)
{
    public const int MinZoom = 0;
    public const int MaxZoom = 22;

    /// <summary>Degrees of longitude covered by one 256-px-tile pixel at this zoom; sizes grids and simplification.</summary>
    public double DegreesPerPixel => 360.0 / (256.0 * Math.Pow(2, Zoom));

    /// <summary>Coordinate decimals worth sending: about a tenth of a pixel, between 2 and 6.</summary>
    public int Decimals => Math.Clamp((int)Math.Ceiling(-Math.Log10(DegreesPerPixel / 10)), 2, 6);
}
