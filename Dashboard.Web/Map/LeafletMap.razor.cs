using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Dashboard.Web.Map;

/// <summary>
/// A Leaflet map over a vector basemap of the region. The collocated module fetches and draws the data layers itself
/// (GeoJSON from /api/map/layers), so this component only says what to show and hears what was clicked or viewed.
/// </summary>
public sealed partial class LeafletMap : ComponentBase, IAsyncDisposable
{
    public const string ModulePath = "./Map/LeafletMap.razor.js";
    public const string ApiBase = "api/map/layers/";
    public const string BasemapUrl = "basemap/countries.geojson";
    public const string LabelsUrl = "api/map/labels";

    private readonly Queue<(string Identifier, object?[] Args)> _pending = new();
    private ElementReference _element;
    private DotNetObjectReference<LeafletMap>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private HashSet<MapLayer>? _requestedLayers;
    private bool _disposed;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;

    /// <summary>Initial centre, longitude in degrees; later moves go through <see cref="FlyToAsync"/>.</summary>
    [Parameter] public double Longitude { get; set; } = 118.0;

    /// <summary>Initial centre, latitude in degrees.</summary>
    [Parameter] public double Latitude { get; set; } = -2.5;

    /// <summary>Initial zoom; 5 shows the whole archipelago on a laptop screen.</summary>
    [Parameter] public int Zoom { get; set; } = 5;

    /// <summary>Open at <see cref="Longitude"/>, <see cref="Latitude"/> and <see cref="Zoom"/> rather than framing Indonesia.</summary>
    [Parameter] public bool KeepView { get; set; }

    /// <summary>The box to frame at the start instead of Indonesia (west, south, east, north), e.g. an office's working area.</summary>
    [Parameter] public double[]? FrameBox { get; set; }

    /// <summary>Data layers to draw. A changed set shows and hides layers on the live map.</summary>
    [Parameter] public IReadOnlySet<MapLayer> VisibleLayers { get; set; } = new HashSet<MapLayer>(MapLayerNames.Records);

    /// <summary>Optional raster tiles drawn under the vector layers, e.g. from configuration "Map:TileUrl".</summary>
    [Parameter] public string? TileUrl { get; set; }

    [Parameter] public string? TileAttribution { get; set; }

    [Parameter] public EventCallback<FeatureClicked> FeatureClicked { get; set; }

    [Parameter] public EventCallback<ViewportChanged> ViewportChanged { get; set; }

    /// <summary>Raised when an alert marker is clicked, with the alert's id.</summary>
    [Parameter] public EventCallback<long> AlertClicked { get; set; }

    /// <summary>Raised when a layer could not be loaded (the server or the network failed), so the page can say so.</summary>
    [Parameter] public EventCallback<MapLayer> LayerFailed { get; set; }

    /// <summary>A patrol candidate was clicked: its id.</summary>
    [Parameter] public EventCallback<string> PatrolCandidateClicked { get; set; }

    /// <summary>A stop of the drawn patrol was dragged somewhere else.</summary>
    [Parameter] public EventCallback<PatrolStopMoved> PatrolStopMoved { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var requested = new HashSet<MapLayer>(VisibleLayers);
        // The first set goes to createMap with the options; later changes are sent one layer at a time.
        if (_requestedLayers is not null)
        {
            foreach (var layer in Enum.GetValues<MapLayer>().Where(l => requested.Contains(l) != _requestedLayers.Contains(l)))
                await SetLayerVisibleAsync(layer, requested.Contains(layer));
        }
        _requestedLayers = requested;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _self = DotNetObjectReference.Create(this);
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            // Left before the module arrived (a quick tap on another link): the reference is disposed, nothing to draw.
            if (_disposed)
            {
                await DisposeJsAsync();
                return;
            }
            var map = await _module.InvokeAsync<IJSObjectReference>("createMap", _element, _self, BuildOptions());
            _map = map;
            if (_disposed)
            {
                await DisposeJsAsync();
                return;
            }
            while (_pending.TryDequeue(out var call))
                await map.InvokeVoidAsync(call.Identifier, call.Args);
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away while the map was starting; there is nothing left to draw on.
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // Disposed between the check and the call: the page has already gone.
        }
    }

    /// <summary>Moves the map smoothly to a place; queued if the map is not drawn yet.</summary>
    public Task FlyToAsync(double longitude, double latitude, int zoom) => InvokeMapAsync("flyTo", longitude, latitude, zoom);

    /// <summary>Shows or hides one data layer; a shown layer is fetched for the current view at once.</summary>
    public Task SetLayerVisibleAsync(MapLayer layer, bool visible) => InvokeMapAsync("setLayerVisible", layer.ToName(), visible);

    /// <summary>Sets a risk layer's run and comparison run (null = the latest, or none) and refetches it.</summary>
    public Task SetRiskRunAsync(MapLayer layer, int? run, int? compare) =>
        InvokeMapAsync("setLayerParameters", layer.ToName(), new Dictionary<string, int?> { ["run"] = run, ["compare"] = compare });

    /// <summary>Frames this box (west, south, east, north), or all of Indonesia for null, as at the start.</summary>
    public Task FrameAsync(double[]? box) =>
        InvokeMapAsync("frame", (object?)(box is [var w, var s, var e, var n] ? new[] { new[] { s, w }, new[] { n, e } } : null));

    /// <summary>The days of cases the case layer shows; null for every case.</summary>
    public Task SetCasePeriodAsync((DateOnly From, DateOnly To)? range) =>
        InvokeMapAsync("setLayerParameters", MapLayer.Cases.ToName(), new Dictionary<string, string?>
        {
            ["from"] = range?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = range?.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Draws exactly these alert markers (an empty list clears them); queued if the map is not drawn yet.</summary>
    public Task SetAlertsAsync(IReadOnlyList<AlertMarker> alerts) => InvokeMapAsync("setAlerts", alerts);

    /// <summary>Draws a patrol (base, candidates, round); null clears it.</summary>
    public Task SetPatrolAsync(PatrolMapState? patrol) => InvokeMapAsync("setPatrol", patrol);

    [JSInvokable]
    public Task OnPatrolCandidateClicked(string id) => PatrolCandidateClicked.InvokeAsync(id);

    [JSInvokable]
    public Task OnPatrolStopMoved(int index, double longitude, double latitude) =>
        PatrolStopMoved.InvokeAsync(new PatrolStopMoved(index, longitude, latitude));

    /// <summary>Called by the module when an alert marker is clicked.</summary>
    [JSInvokable]
    public Task OnAlertClicked(long id) => AlertClicked.InvokeAsync(id);

    /// <summary>Called by the module when a single record (not a cluster) is clicked.</summary>
    [JSInvokable]
    public Task OnFeatureClicked(string layer, long id) =>
        MapLayerNames.TryParse(layer, out var mapLayer) ? FeatureClicked.InvokeAsync(new FeatureClicked(mapLayer, id)) : Task.CompletedTask;

    /// <summary>Called by the module when fetching a layer failed.</summary>
    [JSInvokable]
    public Task OnLayerFailed(string layer) =>
        MapLayerNames.TryParse(layer, out var mapLayer) ? LayerFailed.InvokeAsync(mapLayer) : Task.CompletedTask;

    /// <summary>Called by the module, debounced, after the map stops moving or zooming.</summary>
    [JSInvokable]
    public Task OnViewportChanged(double west, double south, double east, double north, int zoom, bool chosen = false) =>
        ViewportChanged.InvokeAsync(new ViewportChanged(west, south, east, north, zoom, chosen));

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        _pending.Clear();
        await DisposeJsAsync();
        _self?.Dispose();
    }

    private async Task InvokeMapAsync(string identifier, params object?[] args)
    {
        if (_disposed)
            return;
        // Keep order: while anything is queued, later calls wait behind it.
        if (_map is null || _pending.Count > 0)
        {
            _pending.Enqueue((identifier, args));
            return;
        }
        try
        {
            await _map.InvokeVoidAsync(identifier, args);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private LeafletMapOptions BuildOptions() => new(
        [Latitude, Longitude],
        Zoom,
        [.. (_requestedLayers ?? []).Order().Select(l => l.ToName())],
        [.. Enum.GetValues<MapLayer>().Select(l => l.ToName())],
        string.IsNullOrWhiteSpace(TileUrl) ? null : TileUrl,
        string.IsNullOrWhiteSpace(TileAttribution) ? null : TileAttribution,
        ApiBase,
        BasemapUrl,
        System.Globalization.CultureInfo.CurrentUICulture.Name,
        MapLabels.Localize(L),
        MapSymbols.Set,
        string.IsNullOrWhiteSpace(TileUrl) ? LabelsUrl : null,
        KeepView,
        FrameBox is [var w, var s, var e, var n] ? [[s, w], [n, e]] : null);

    private async Task DisposeJsAsync()
    {
        // The page's disposal and a start-up that finds it disposed can both get here: each takes the references it
        // found, so neither disposes one twice or meets one the other has just cleared.
        var (map, module) = (_map, _module);
        (_map, _module) = (null, null);
        try
        {
            if (map is not null)
            {
                await map.InvokeVoidAsync("dispose");
                await map.DisposeAsync();
            }
            if (module is not null)
                await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone and took the map with it.
        }
    }
}
