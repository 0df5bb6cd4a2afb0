using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Map;

/// <summary>The national situation map: data layers, their legend, place search and the details of a clicked record.</summary>
public sealed partial class MapPage : IDisposable
{
    private LeafletMap? _map;
    private IReadOnlySet<MapLayer> _visibleLayers = new HashSet<MapLayer>(MapLayerNames.Records);
    private FeatureClicked? _selection;
    private FeatureDetails? _details;
    private bool _loading;
    private bool _sideOpen;
    private CancellationTokenSource? _detailsLoad;

    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;
    [Inject] private IFeatureDetailsSource DetailsSource { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private RiskRunSelection RiskRun { get; set; } = default!;
    [Inject] private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    private void ReportLayerFailure(MapLayer layer) =>
        Snackbar.Add(string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Map.LayerFailed"], L[$"Layer.{layer}"]), MudBlazor.Severity.Warning,
            o => o.SnackbarVariant = MudBlazor.Variant.Filled);

    private async Task ChangeRiskRunAsync((int? Run, int? Compare) choice)
    {
        (RiskRun.Run, RiskRun.Compare) = choice;
        if (_map is null)
            return;
        await _map.SetRiskRunAsync(MapLayer.Risk, choice.Run, choice.Compare);
        await _map.SetRiskRunAsync(MapLayer.HotSpots, choice.Run, null);
    }

    private void ChangeVisibility(LayerVisibilityChanged change)
    {
        // A new set, not a mutated one, so the map sees a changed parameter and shows or hides the layer.
        var layers = new HashSet<MapLayer>(_visibleLayers);
        if (change.Visible)
            layers.Add(change.Layer);
        else
            layers.Remove(change.Layer);
        _visibleLayers = layers;
        if (!change.Visible && _selection?.Layer == change.Layer)
            CloseDetails();
    }

    private Task FlyToAsync(Place place) => _map?.FlyToAsync(place.Longitude, place.Latitude, place.Zoom) ?? Task.CompletedTask;

    private async Task ShowDetailsAsync(FeatureClicked clicked)
    {
        // Only the latest click counts: a slower earlier lookup must not overwrite it.
        _detailsLoad?.Cancel();
        _detailsLoad?.Dispose();
        var load = _detailsLoad = new CancellationTokenSource();
        (_selection, _details, _loading) = (clicked, null, true);
        StateHasChanged();
        try
        {
            var details = await DetailsSource.GetAsync(clicked.Layer.ToName(), clicked.Id, load.Token);
            if (!load.IsCancellationRequested)
                (_details, _loading) = (details, false);
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
        }
    }

    private void CloseDetails()
    {
        _detailsLoad?.Cancel();
        (_selection, _details, _loading) = (null, null, false);
    }

    public void Dispose()
    {
        _detailsLoad?.Cancel();
        _detailsLoad?.Dispose();
    }
}
