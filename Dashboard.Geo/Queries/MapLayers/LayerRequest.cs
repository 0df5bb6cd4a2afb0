namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>One layer request: what is in view, and whether the reader may see single case records.</summary>
/// <param name="IndividualCasesAllowed">False for readers who may only see aggregates (e.g. other agencies).</param>
/// <param name="From">First report date to include in the cases layer, if any.</param>
/// <param name="To">Last report date to include in the cases layer, if any.</param>
public sealed record LayerRequest(MapLayer Layer, Viewport Viewport, bool IndividualCasesAllowed, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Below this zoom villages are drawn as counted clusters.</summary>
    public const int VillageDetailZoom = 8;

    /// <summary>Below this zoom cases are drawn as counted clusters; above it, at village precision.</summary>
    public const int CaseDetailZoom = 9;

    /// <summary>Cluster cell, in screen pixels: big enough that labels do not collide.</summary>
    public const int ClusterPixels = 48;

    /// <summary>Most single features one response carries; beyond it the layer says it was truncated.</summary>
    public const int MaxFeatures = 5000;
}
