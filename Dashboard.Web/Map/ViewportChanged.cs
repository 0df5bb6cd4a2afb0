namespace Dashboard.Web.Map;

/// <summary>The map came to rest on a new view: its bounding box in degrees (WGS 84) and its zoom level.</summary>
public sealed record ViewportChanged(double West, double South, double East, double North, int Zoom);
