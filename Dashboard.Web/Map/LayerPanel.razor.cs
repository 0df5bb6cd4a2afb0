using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>One switch per data layer. It holds no state of its own: the page owns which layers are shown.</summary>
public sealed partial class LayerPanel
{
    private static readonly IReadOnlyList<MapLayer> Layers = Enum.GetValues<MapLayer>();

    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;

    [Parameter] public IReadOnlySet<MapLayer> VisibleLayers { get; set; } = new HashSet<MapLayer>();

    [Parameter] public EventCallback<LayerVisibilityChanged> VisibilityChanged { get; set; }

    private Task ToggleAsync(MapLayer layer, bool visible) =>
        VisibilityChanged.InvokeAsync(new LayerVisibilityChanged(layer, visible));
}
