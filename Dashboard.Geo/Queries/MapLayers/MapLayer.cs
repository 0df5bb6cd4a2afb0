namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>The map's data layers, named as they appear in the API's URLs.</summary>
public enum MapLayer
{
    Crossings,
    RatRoutes,
    Villages,
    Cases,
}
