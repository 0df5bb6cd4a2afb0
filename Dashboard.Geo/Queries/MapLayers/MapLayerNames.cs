namespace Dashboard.Geo.Queries.MapLayers;

public static class MapLayerNames
{
    public const string Crossings = "crossings";
    public const string RatRoutes = "rat-routes";
    public const string Villages = "villages";
    public const string Cases = "cases";

    public static IReadOnlyList<string> All { get; } = [Crossings, RatRoutes, Villages, Cases];

    public static bool TryParse(string? name, out MapLayer layer)
    {
        (var ok, layer) = name switch
        {
            Crossings => (true, MapLayer.Crossings),
            RatRoutes => (true, MapLayer.RatRoutes),
            Villages => (true, MapLayer.Villages),
            Cases => (true, MapLayer.Cases),
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
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };
}
