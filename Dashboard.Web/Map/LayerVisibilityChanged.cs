using Dashboard.Geo.Queries.MapLayers;

namespace Dashboard.Web.Map;

/// <summary>The reader switched a data layer on or off.</summary>
public sealed record LayerVisibilityChanged(MapLayer Layer, bool Visible);
