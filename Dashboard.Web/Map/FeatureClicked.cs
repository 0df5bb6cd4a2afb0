using Dashboard.Geo.Queries.MapLayers;

namespace Dashboard.Web.Map;

/// <summary>A single record on the map was clicked: its layer and its database id. Clusters never raise this; they zoom in.</summary>
public sealed record FeatureClicked(MapLayer Layer, long Id);
