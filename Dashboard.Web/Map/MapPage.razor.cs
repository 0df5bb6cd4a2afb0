using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Time;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Dashboard.Web.Map;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Map;

/// <summary>The national situation map: data layers, their legend, place search and the details of a clicked record.</summary>
public sealed partial class MapPage : IAsyncDisposable
{
    private LeafletMap? _map;
    private IReadOnlySet<MapLayer> _visibleLayers = MapView.Default.Layers;
    private MapPeriod _period;
    private (double Latitude, double Longitude, int Zoom)? _at;
    private bool _mayChoosePeriod, _runFromLink;
    private IJSObjectReference? _address;
    private double[]? _areaBox;
    private string? _office;
    private bool _national = true;
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
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private Dashboard.Geo.Offices.WorkingAreas Areas { get; set; } = default!;

    /// <summary>A shared link's view: <c>?layers=crossings,cases&amp;period=90d&amp;at=lat,lng,zoom</c>.</summary>
    [SupplyParameterFromQuery(Name = "layers")] public string? LayersFromLink { get; set; }

    [SupplyParameterFromQuery(Name = "period")] public string? PeriodFromLink { get; set; }

    [SupplyParameterFromQuery(Name = "at")] public string? AtFromLink { get; set; }

    [SupplyParameterFromQuery(Name = "run")] public string? RunFromLink { get; set; }

    [SupplyParameterFromQuery(Name = "compare")] public string? CompareFromLink { get; set; }

    [SupplyParameterFromQuery(Name = "scope")] public string? ScopeFromLink { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var view = MapView.Parse(LayersFromLink, PeriodFromLink, AtFromLink, RunFromLink, CompareFromLink, ScopeFromLink);
        (_visibleLayers, _at) = (view.Layers, view.At);
        // Other agencies see cases by ended calendar period only (the disclosure rules): no rolling days for them.
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _mayChoosePeriod = CaseAccess.MaySeeIndividualCases(user);
        // An office's staff open the map on their working area (a shared link's place wins); the nation is one click away.
        if ((await Areas.ForAsync(user.WorkingAreaCodes(), CancellationToken.None))?.Extent is { } extent)
        {
            _areaBox = [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY];
            _office = user.OfficeCode();
            _national = view.National ?? user.StartsNational();
        }
        _period = _mayChoosePeriod ? view.Period : MapPeriod.All;
        // Other agencies see the published run only, whatever a link names.
        if (_mayChoosePeriod && (view.Run ?? view.Compare) is not null)
            (RiskRun.Run, RiskRun.Compare, _runFromLink) = (view.Run, view.Compare, true);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _period != MapPeriod.All && _map is not null)
            await _map.SetCasePeriodAsync(_period.Range(Clock.HeadquartersToday()));
        if (firstRender && _runFromLink && _map is not null)
            await ShowRiskRunAsync();
    }

    private async Task ToggleScopeAsync()
    {
        _national = !_national;
        if (_map is not null)
            await _map.FrameAsync(_national ? null : _areaBox);
        await ShowInAddressAsync();
    }

    private async Task ChangePeriodAsync(MapPeriod period)
    {
        _period = period;
        if (_map is not null)
            await _map.SetCasePeriodAsync(period.Range(Clock.HeadquartersToday()));
        await ShowInAddressAsync();
    }

    private async Task ViewportChangedAsync(ViewportChanged view)
    {
        // Only a view the person chose goes into the link: the framing of the country depends on the screen.
        if (!view.Chosen)
            return;
        _at = ((view.South + view.North) / 2, (view.West + view.East) / 2, view.Zoom);
        await ShowInAddressAsync();
    }

    /// <summary>The address bar follows the view, so copying it shares exactly what is on screen.</summary>
    private async Task ShowInAddressAsync()
    {
        try
        {
            _address ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/layout/address.js");
            var scope = _areaBox is null ? (bool?)null : _national;
            await _address.InvokeVoidAsync("replaceQuery", new MapView(_visibleLayers, _period, _at, RiskRun.Run, RiskRun.Compare, scope).Query());
        }
        catch (JSDisconnectedException)
        {
        }
        catch (TaskCanceledException)
        {
        }
    }

    private void ReportLayerFailure(MapLayer layer) =>
        Snackbar.Add(string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Map.LayerFailed"], L[$"Layer.{layer}"]), MudBlazor.Severity.Warning,
            o => o.SnackbarVariant = MudBlazor.Variant.Filled);

    private async Task ChangeRiskRunAsync((int? Run, int? Compare) choice)
    {
        (RiskRun.Run, RiskRun.Compare) = choice;
        await ShowRiskRunAsync();
        await ShowInAddressAsync();
    }

    private async Task ShowRiskRunAsync()
    {
        if (_map is null)
            return;
        await _map.SetRiskRunAsync(MapLayer.Risk, RiskRun.Run, RiskRun.Compare);
        await _map.SetRiskRunAsync(MapLayer.HotSpots, RiskRun.Run, null);
    }

    private async Task ChangeVisibilityAsync(LayerVisibilityChanged change)
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
        await ShowInAddressAsync();
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

    public async ValueTask DisposeAsync()
    {
        _detailsLoad?.Cancel();
        _detailsLoad?.Dispose();
        try
        {
            if (_address is not null)
                await _address.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
