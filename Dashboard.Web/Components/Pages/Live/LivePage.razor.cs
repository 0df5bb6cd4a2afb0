using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Components.Live;
using Dashboard.Web.Components.Map;
using Dashboard.Web.Identity;
using Dashboard.Web.Live;
using Dashboard.Web.Map;
using Dashboard.Web.Resources;
using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;
using Npgsql;

namespace Dashboard.Web.Components.Pages.Live;

/// <summary>
/// Headquarters' live view: alert markers on the map (critical ones pulse), the alert feed with its filters and bulk
/// actions, the tiles, a toast and a sound for critical alerts, and the state of the live connection. Events come
/// through the browser's own SignalR connection to the hub, so what this page shows is what every other client of
/// the hub hears, on whichever instance it is connected.
/// </summary>
public sealed partial class LivePage : IAsyncDisposable
{
    private static readonly TimeSpan KpiRefresh = TimeSpan.FromSeconds(2);

    private readonly LiveSituation _situation = new();
    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Crossings, MapLayer.RatRoutes };
    private readonly CancellationTokenSource _lifetime = new();
    private LeafletMap? _map;
    private SituationStream? _stream;
    private AlertFilter _filter = AlertFilter.All with { Statuses = AlertFeed.OpenStatuses };
    private IReadOnlyList<AlertSnapshot> _visible = [];
    private IReadOnlyList<(string Code, string Name)> _provinces = [];
    private IReadOnlySet<long> _checked = new HashSet<long>();
    private SituationKpis? _kpis;
    private long? _selected;
    private AlertDetails? _details;
    private string _connection = "connecting";
    private bool _muted;
    private bool _canAct;
    private bool _ready;
    private bool _kpisStale;
    private long _startAfter;

    [Inject] private IStringLocalizer<LiveStrings> L { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private AlertQueries Alerts { get; set; } = default!;
    [Inject] private SituationKpiQuery KpiQuery { get; set; } = default!;
    [Inject] private AlertHandling Handling { get; set; } = default!;
    [Inject] private NpgsqlDataSource DataSource { get; set; } = default!;
    [Inject] private IDbContextFactory<GeoDbContext> Contexts { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canAct = (await Authorization.AuthorizeAsync(user, Policies.HandleAlerts)).Succeeded;
        // The stream starts after this number; anything logged while the lists load is caught up, never missed.
        _startAfter = await SituationEventLog.LatestAsync(DataSource, _lifetime.Token);
        _situation.Load(await Alerts.ListAsync(AlertFilter.All with { Statuses = AlertFeed.OpenStatuses }, AlertQueries.MaxList, _lifetime.Token));
        _situation.Load(await Alerts.ListAsync(AlertFilter.All with { Hours = 24 }, AlertQueries.MaxList, _lifetime.Token));
        await using (var db = await Contexts.CreateDbContextAsync(_lifetime.Token))
            _provinces = [.. (await db.Provinces.OrderBy(p => p.Name).Select(p => new { p.Code, p.Name }).ToListAsync(_lifetime.Token)).Select(p => (p.Code, p.Name))];
        _kpis = await KpiQuery.ReadAsync(_lifetime.Token);
        Refilter();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        try
        {
            _stream = await SituationStream.OpenAsync(JS, Navigation, this, _startAfter);
            _muted = await _stream.Module.InvokeAsync<bool>("loadMuted");
            await DrawAlertsAsync();
            _ready = true;
            StateHasChanged();
            _ = RefreshKpisLoopAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }

    [JSInvokable]
    public async Task OnEvents(string json)
    {
        var events = System.Text.Json.JsonSerializer.Deserialize<SituationMessage[]>(json, SituationJson.Options) ?? [];
        var update = _situation.Apply(events);
        if (update.ReportsReceived > 0 || update.AlertsChanged)
            _kpisStale = true;
        if (update.AlertsChanged)
        {
            Refilter();
            await DrawAlertsAsync();
            if (_selected is { } id && events.Any(e => e.Alert?.Id == id))
                _details = await Alerts.DetailsAsync(id, _lifetime.Token);
        }
        if (update.RaisedCritical.Count > 0)
            await AnnounceAsync(update.RaisedCritical);
        StateHasChanged();
    }

    [JSInvokable]
    public void OnConnectionState(string state)
    {
        _connection = state;
        StateHasChanged();
    }

    private async Task AnnounceAsync(IReadOnlyList<AlertSnapshot> critical)
    {
        foreach (var alert in critical.Take(3))
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Toast.Critical"], AlertText.Title(L, alert), alert.RegionName), Severity.Error,
                o => { o.SnackbarVariant = Variant.Filled; o.VisibleStateDuration = 8000; });
        if (critical.Count > 3)
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Toast.More"], critical.Count - 3), Severity.Error);
        if (!_muted && _stream is not null)
            await _stream.Module.InvokeVoidAsync("alarm");
    }

    private async Task ToggleMuteAsync()
    {
        _muted = !_muted;
        if (_stream is not null)
            await _stream.Module.InvokeVoidAsync("saveMuted", _muted);
    }

    private async Task ChangeFilterAsync(AlertFilter filter)
    {
        _filter = filter;
        Refilter();
        await DrawAlertsAsync();
    }

    private async Task SelectAsync(long id)
    {
        _selected = id;
        _details = null;
        StateHasChanged();
        _details = await Alerts.DetailsAsync(id, _lifetime.Token);
        await DrawAlertsAsync();
    }

    private async Task CloseDetails()
    {
        _selected = null;
        _details = null;
        await DrawAlertsAsync();
    }

    private async Task ActOnSelectedAsync(AlertCommand command)
    {
        if (_selected is not { } id)
            return;
        await ActAsync([id], command);
        _details = await Alerts.DetailsAsync(id, _lifetime.Token);
    }

    private async Task ActOnCheckedAsync(AlertCommand command)
    {
        await ActAsync(_checked, command);
        _checked = new HashSet<long>();
    }

    private async Task ActAsync(IReadOnlyCollection<long> ids, AlertCommand command)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        var outcome = await Handling.ApplyAsync(ids, command, user, _lifetime.Token);
        // Apply at once rather than waiting for the hub's echo, which will be recognised and ignored.
        _situation.Load(outcome.Results.Where(r => r.Applied && r.Alert is not null).Select(r => r.Alert!));
        var refused = outcome.Results.Where(r => !r.Applied).ToList();
        if (refused.Count > 0)
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Action.Refused"], refused.Count, ids.Count), Severity.Warning);
        else
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Action.Done"], ids.Count), Severity.Success);
        _kpisStale = true;
        Refilter();
        await DrawAlertsAsync();
    }

    private void Refilter() => _visible = _situation.Visible(_filter, Clock.GetUtcNow());

    private Task DrawAlertsAsync() => _map is null
        ? Task.CompletedTask
        : _map.SetAlertsAsync([.. _visible.Take(AlertQueries.MaxList).Select(a =>
            new AlertMarker(a.Id, a.Longitude, a.Latitude, a.Severity.ToString(), AlertText.Title(L, a), a.Id == _selected))]);

    /// <summary>Tiles are recounted at most every two seconds, however fast events come.</summary>
    private async Task RefreshKpisLoopAsync()
    {
        using var timer = new PeriodicTimer(KpiRefresh);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                if (!_kpisStale)
                    continue;
                _kpisStale = false;
                var kpis = await KpiQuery.ReadAsync(_lifetime.Token);
                await InvokeAsync(() =>
                {
                    _kpis = kpis;
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        if (_stream is not null)
            await _stream.DisposeAsync();
        _lifetime.Dispose();
    }
}
