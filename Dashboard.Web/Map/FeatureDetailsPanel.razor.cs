using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>The fields of the record clicked on the map. The page loads them; this only shows them.</summary>
public sealed partial class FeatureDetailsPanel
{
    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;

    [Parameter] public MapLayer Layer { get; set; }

    /// <summary>The record, or null while loading or when it cannot be shown.</summary>
    [Parameter] public FeatureDetails? Details { get; set; }

    [Parameter] public bool Loading { get; set; }

    [Parameter] public EventCallback Closed { get; set; }
}
