namespace Dashboard.Geo.Queries.MapLayers;

public static class MapLayerNames
{
    public const string Crossings = "crossings";
    public const string RatRoutes = "rat-routes";
    public const string Villages = "villages";
    public const string Cases = "cases";
    public const string Risk = "risk";
    public const string HotSpots = "hotspots";
    public const string Roads = "roads";

    public static IReadOnlyList<string> All { get; } = [Crossings, RatRoutes, Villages, Cases, Risk, HotSpots, Roads];

    /// <summary>The layers of records, as opposed to the risk model's layers; shown when the map opens.</summary>
    public static IReadOnlyList<MapLayer> Records { get; } = [MapLayer.Crossings, MapLayer.RatRoutes, MapLayer.Villages, MapLayer.Cases];

    public static bool TryParse(string? name, out MapLayer layer)
    {
        (var ok, layer) = name switch
        {
            Crossings => (true, MapLayer.Crossings),
            RatRoutes => (true, MapLayer.RatRoutes),
            Villages => (true, MapLayer.Villages),
            Cases => (true, MapLayer.Cases),
            Risk => (true, MapLayer.Risk),
            HotSpots => (true, MapLayer.HotSpots),
            Roads => (true, MapLayer.Roads),
            _ => (false, default),
        };
        return ok;
    }

    public static string ToName(this MapLayer layer) => layer switch
    {
        MapLayer.Crossings => Crossings,
        MapLayer.RatRoutes => RatRoutes,
        MapLayer.Villages => Villages,
        MapLayer.Cases => Cases,
        MapLayer.Risk => Risk,
        MapLayer.HotSpots => HotSpots,
        MapLayer.Roads => Roads,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };
}
