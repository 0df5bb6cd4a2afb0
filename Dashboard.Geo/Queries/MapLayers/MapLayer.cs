namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>The map's data layers, named as they appear in the API's URLs.</summary>
public enum MapLayer
{
    Crossings,
    RatRoutes,
    Villages,
    Cases,

    /// <summary>The risk choropleth of a risk run (served by the risk API).</summary>
    Risk,

    /// <summary>The outline of a risk run's significant hot spots.</summary>
    HotSpots,

    /// <summary>Roads, tracks and ferry lanes: the travel network patrol routes follow.</summary>
    Roads,
}
