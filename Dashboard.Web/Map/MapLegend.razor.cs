using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>What each symbol means, for the layers that are shown. Drawn from <see cref="MapSymbols"/> like the map.</summary>
public sealed partial class MapLegend
{
    private static readonly IReadOnlyList<string> CrossingKinds = [MapSymbols.Airport, MapSymbols.Seaport, MapSymbols.LandBorderPost];

    // The same dashes as symbols.js draws, scaled to the legend's short sample line.
    private static readonly IReadOnlyList<(string Mode, string Dash)> RouteModes =
        [(MapSymbols.LandPath, "none"), (MapSymbols.SeaLane, "6 4"), (MapSymbols.River, "2 4")];

    // Roads are drawn thin and grey under everything else; tracks dashed, ferries long-dashed.
    private static readonly IReadOnlyList<(string Kind, string Dash, double Width)> WayKinds =
        [(MapSymbols.Road, "none", 2.5), (MapSymbols.Track, "4 3", 1.5), (MapSymbols.Ferry, "8 5", 1.5)];

    private bool _collapsed;

    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;

    [Parameter] public IReadOnlySet<MapLayer> VisibleLayers { get; set; } = new HashSet<MapLayer>(MapLayerNames.Records);

    /// <summary>The one risk scale, as symbols.js draws it, lightest (lower risk) first.</summary>
    private static readonly IReadOnlyList<(string Color, string Label)> RiskClasses =
        [.. RiskMap.RiskScale.Bands.Select(b => (b.Color, b.LabelKey))];

    /// <summary>As symbols.js draws a comparison (red rises, blue falls), the sharpest rise first.</summary>
    private static readonly IReadOnlyList<(string Color, string Label)> ChangeClasses =
    [
        ("#b2182b", "Legend.ChangeRiseLarge"), ("#ef8a62", "Legend.ChangeRise"), ("#fddbc7", "Legend.ChangeRiseSmall"),
        ("#d1e5f0", "Legend.ChangeFallSmall"), ("#67a9cf", "Legend.ChangeFall"), ("#2166ac", "Legend.ChangeFallLarge"),
    ];

    /// <summary>A second run is chosen, so the risk layer shows change, not level.</summary>
    [Parameter] public bool Comparing { get; set; }

    /// <summary>Starts folded, e.g. on short screens where the legend would crowd the map.</summary>
    [Parameter] public bool Collapsed { get; set; }

    protected override void OnInitialized() => _collapsed = Collapsed;

    private bool Shows(MapLayer layer) => VisibleLayers.Contains(layer);

    private void Toggle() => _collapsed = !_collapsed;
}
