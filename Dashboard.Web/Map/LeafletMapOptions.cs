namespace Dashboard.Web.Map;

/// <summary>What <c>createMap</c> in LeafletMap.razor.js receives; serialized to camelCase JSON by JS interop.</summary>
/// <param name="Center">[latitude, longitude], Leaflet's order.</param>
/// <param name="Layers">API names of the data layers drawn from the start.</param>
/// <param name="AllLayers">API names of every data layer the map can show: the module declares none of its own.</param>
/// <param name="ApiBase">Relative URL the layer name is appended to, e.g. "api/map/layers/".</param>
/// <param name="Labels">Localized words the module puts in tooltips, keyed by MapStrings resource key.</param>
/// <param name="Symbols">Colours and SVG icons per kind, shared with the legend so both always agree.</param>
/// <param name="LabelsUrl">Place names for the offline basemap; null over raster tiles, which carry their own.</param>
/// <param name="Frame">[[south, west], [north, east]] to frame instead of Indonesia: an office's working area.</param>
/// <param name="KeepView">Open at <paramref name="Center"/> and <paramref name="Zoom"/> (a shared link's view) instead of framing Indonesia.</param>
public sealed record LeafletMapOptions(
    double[] Center,
    int Zoom,
    IReadOnlyList<string> Layers,
    IReadOnlyList<string> AllLayers,
    string? TileUrl,
    string? TileAttribution,
    string ApiBase,
    string BasemapUrl,
    string Locale,
    IReadOnlyDictionary<string, string> Labels,
    MapSymbolSet Symbols,
    string? LabelsUrl,
    bool KeepView = false,
    double[][]? Frame = null);
