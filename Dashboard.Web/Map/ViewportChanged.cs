namespace Dashboard.Web.Map;

/// <summary>
/// The map came to rest on a new view: its bounding box in degrees (WGS 84), its zoom level, and whether the person
/// chose it (moved, zoomed, searched) rather than the map framing the country for the screen.
/// </summary>
public sealed record ViewportChanged(double West, double South, double East, double North, int Zoom, bool Chosen = false);
