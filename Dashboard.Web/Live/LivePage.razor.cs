using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Offices;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Live;
using Dashboard.Web.Map;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Live;

/// <summary>
/// Headquarters' live view: alert markers on the map (critical ones pulse), the alert feed with its filters and bulk
/// actions, the tiles, a toast and a sound for critical alerts, and the state of the live connection. Events come
/// from the server's situation feed, which hears this instance's publishers and, through the backplane, every other
/// instance's: the page holds no connection of its own beyond its circuit.
/// </summary>
public sealed partial class LivePage : IAsyncDisposable
{
    public const string AlarmModulePath = "./js/live/alarm.js";
    public const string CopyLinkModulePath = "./js/live/copy-link.js";

    private readonly LiveSituation _situation = new();
    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Crossings, MapLayer.RatRoutes };
    private readonly CancellationTokenSource _lifetime = new();
    private LeafletMap? _map;
    private IJSObjectReference? _alarm;
    private IDisposable? _events;
    private IDisposable? _kpiUpdates;
    private AlertFilter _filter = AlertFilter.All with { Statuses = AlertStatuses.Open };
    private AlertSort _sort = AlertSort.Severity;
    private List<AlertSnapshot> _unseen = [];
    private static readonly TimeSpan AlarmRepeat = TimeSpan.FromSeconds(30);
    private bool _soundBlocked;
    private bool _repeating;
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
    private bool _loaded;
    private bool _starting;
    private long _startAfter;
    private WorkingArea? _area;
    private string? _office;
    private bool _national = true;

    [Inject] private IStringLocalizer<LiveStrings> L { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private LiveAlerts Alerts { get; set; } = default!;
    [Inject] private ISituationFeed Feed { get; set; } = default!;
    [Inject] private SituationKpiSnapshot Kpis { get; set; } = default!;
    [Inject] private AlertHandling Handling { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private WorkingAreas Areas { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    // The view in the address (see LiveViewLink): read once when the page opens, written back on every change.
    [SupplyParameterFromQuery(Name = "severity")] public string? SeverityQuery { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "hours")] public string? HoursQuery { get; set; }
    [SupplyParameterFromQuery(Name = "province")] public string? ProvinceQuery { get; set; }
    [SupplyParameterFromQuery(Name = "scope")] public string? ScopeQuery { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string? SortQuery { get; set; }

    private string? _linkMessage;
    private string? _linkShown;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canAct = (await Authorization.AuthorizeAsync(user, Policies.HandleAlerts)).Succeeded;
        // An office's staff start at its working area; headquarters at the nation.
        _area = await Areas.ForAsync(user.WorkingAreaCodes(), _lifetime.Token);
        _office = user.OfficeCode();
        _national = _area is null || user.StartsNational();
        var link = LiveViewLink.Parse(SeverityQuery, StatusQuery, HoursQuery, ProvinceQuery, ScopeQuery, SortQuery, _filter);
        _filter = link.Filter;
        if (link.National is { } national && _area is not null)
            _national = national;
        _sort = link.Sort ?? _sort;
        _filter = _filter with { Area = _national ? null : _area };
        // The mark first: anything logged while the lists load is delivered by the feed, never missed.
        await Feed.Started.WaitAsync(_lifetime.Token);
        _startAfter = Feed.Mark;
        _situation.Load(await Alerts.OpenAndRecentAsync(_lifetime.Token));
        _provinces = await Alerts.ProvincesAsync(_lifetime.Token);
        _kpis = await Kpis.GetAsync(_lifetime.Token);
        Refilter();
        _loaded = true;
    }

    /// <summary>
    /// The first render can come before the lists are read; the map, the alarm and the subscriptions start at the
    /// first render after they are, once.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_loaded || _starting)
            return;
        _starting = true;
        try
        {
            _alarm = await JS.InvokeAsync<IJSObjectReference>("import", AlarmModulePath);
            _muted = await _alarm.InvokeAsync<bool>("loadMuted");
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        await DrawAlertsAsync();
        _connection = StateName(Feed.State);
        _events = Feed.Subscribe(_startAfter, events => InvokeAsync(() => GuardAsync(() => OnEventsAsync(events))),
            state => InvokeAsync(() => { _connection = StateName(state); StateHasChanged(); }));
        _kpiUpdates = Kpis.Subscribe(kpis => InvokeAsync(() => { _kpis = kpis; StateHasChanged(); }));
        _ready = true;
        StateHasChanged();
    }

    /// <summary>A handler's failure goes to the circuit's error handling, as a render's would, rather than vanishing.</summary>
    private async Task GuardAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not JSDisconnectedException and not OperationCanceledException)
        {
            await DispatchExceptionAsync(e);
        }
    }

    private static string StateName(FeedState state) => state.ToString().ToLowerInvariant();

    private async Task OnEventsAsync(IReadOnlyList<SituationMessage> events)
    {
        var update = _situation.Apply(events);
        if (update.AlertsChanged)
        {
            Refilter();
            await DrawAlertsAsync();
            if (_selected is { } id && events.Any(e => e.Alert?.Id == id))
                _details = await Alerts.DetailsAsync(id, _lifetime.Token);
        }
        var urgent = update.RaisedUrgent.Where(InScope).ToList();
        if (urgent.Count > 0)
            _unseen = [.. urgent.AsEnumerable().Reverse(), .. _unseen.Where(u => urgent.All(r => r.Id != u.Id))];
        var critical = update.RaisedCritical.Where(InScope).ToList();
        if (critical.Count > 0)
            await AnnounceAsync(critical);
        StateHasChanged();
    }

    private async Task AnnounceAsync(IReadOnlyList<AlertSnapshot> critical)
    {
        foreach (var alert in critical.Take(3))
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Toast.Critical"], AlertText.Title(L, alert), alert.RegionName), Severity.Error,
                CriticalToast);
        if (critical.Count > 3)
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Toast.More"], critical.Count - 3), Severity.Error);
        if (!_muted && _alarm is not null)
            _soundBlocked = !await _alarm.InvokeAsync<bool>("alarm");
        await UpdateRepeatAsync();
    }

    /// <summary>A critical alert not yet seen rings again every <see cref="AlarmRepeat"/> until the banner is acknowledged or the sound muted.</summary>
    private async Task UpdateRepeatAsync()
    {
        if (_alarm is null)
            return;
        var ring = !_muted && _unseen.Any(a => a.Severity == AlertSeverity.Critical);
        if (ring == _repeating)
            return;
        _repeating = ring;
        await _alarm.InvokeVoidAsync("repeat", ring, (int)AlarmRepeat.TotalMilliseconds);
    }

    /// <summary>The click on the prompt is the gesture the browser waits for before it lets the page make a sound.</summary>
    private async Task UnlockSoundAsync()
    {
        if (_alarm is not null)
            _soundBlocked = !await _alarm.InvokeAsync<bool>("unlock");
    }

    /// <summary>"(3) Situasi langsung": the tab says how many new urgent alerts wait, even when it is not the one in front.</summary>
    private string TabTitle => _unseen.Count > 0
        ? string.Format(CultureInfo.CurrentCulture, L["Title.Unseen"], _unseen.Count, L["Title"])
        : L["Title"];

    private async Task MarkSeenAsync()
    {
        _unseen = [];
        await UpdateRepeatAsync();
    }

    private async Task ChangeSortAsync(AlertSort sort)
    {
        _sort = sort;
        Refilter();
        KeepViewInAddress();
        await DrawAlertsAsync();
    }

    private LiveViewLink View => new(_filter, _area is null ? null : _national, _sort);

    /// <summary>The address follows the view without a new history entry, so the address bar is always the link to share.</summary>
    private void KeepViewInAddress()
    {
        _linkMessage = _linkShown = null;
        Navigation.NavigateTo(View.Href(), replace: true);
    }

    private async Task CopyLinkAsync()
    {
        var url = Navigation.ToAbsoluteUri(View.Href()).ToString();
        var copied = false;
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", CopyLinkModulePath);
            copied = await module.InvokeAsync<bool>("copy", url);
        }
        catch (JSException)
        {
        }
        // Where the browser refuses the clipboard, the link is shown to copy by hand.
        (_linkMessage, _linkShown) = copied ? (L["Share.Copied"].Value, null) : (L["Share.CopyByHand"].Value, url);
    }

    /// <summary>A critical toast stays until someone closes it: a room that looked away for 8 s must not miss it.</summary>
    public static void CriticalToast(SnackbarOptions options)
    {
        options.SnackbarVariant = Variant.Filled;
        options.RequireInteraction = true;
        options.ShowCloseIcon = true;
    }

    private async Task ToggleMuteAsync()
    {
        _muted = !_muted;
        if (_muted)
            _soundBlocked = false;
        if (_alarm is not null)
            await _alarm.InvokeVoidAsync("saveMuted", _muted);
        await UpdateRepeatAsync();
    }

    private async Task ChangeFilterAsync(AlertFilter filter)
    {
        _filter = filter;
        Refilter();
        KeepViewInAddress();
        await DrawAlertsAsync();
    }

    private async Task SelectAsync(long id)
    {
        _selected = id;
        _details = null;
        StateHasChanged();
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _details = await Alerts.OpenDetailsAsync(id, user, _lifetime.Token);
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
        _unseen.RemoveAll(a => ids.Contains(a.Id)); // acted on: seen
        if (refused.Count > 0)
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Action.Refused"], refused.Count, ids.Count), Severity.Warning);
        else
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Action.Done"], ids.Count), Severity.Success);
        Kpis.Invalidate();
        Refilter();
        await DrawAlertsAsync();
    }

    /// <summary>In the view's scope: the banner, the toast and the sound keep to the working area as the list does.</summary>
    private bool InScope(AlertSnapshot alert) => _filter.Area is not { } area || area.Covers(alert.Longitude, alert.Latitude, alert.ProvinceCode);

    private async Task ToggleScopeAsync()
    {
        if (_area is null)
            return;
        _national = !_national;
        _filter = _filter with { Area = _national ? null : _area };
        _unseen.RemoveAll(a => !InScope(a));
        Refilter();
        KeepViewInAddress();
        await DrawAlertsAsync();
    }

    private void Refilter() => _visible = _situation.Visible(_filter, Clock.GetUtcNow(), _sort);

    private Task DrawAlertsAsync() => _map is null
        ? Task.CompletedTask
        : _map.SetAlertsAsync([.. _visible.Take(AlertQueries.MaxList).Select(a =>
            new AlertMarker(a.Id, a.Longitude, a.Latitude, a.Severity.ToString(), AlertText.Title(L, a), a.Id == _selected))]);

    public async ValueTask DisposeAsync()
    {
        _events?.Dispose();
        _kpiUpdates?.Dispose();
        await _lifetime.CancelAsync();
        if (_alarm is not null)
        {
            try
            {
                // The module outlives the page in the browser: its repeating alarm must not ring on the next page.
                if (_repeating)
                    await _alarm.InvokeVoidAsync("repeat", false, 0);
                await _alarm.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
        _lifetime.Dispose();
    }
}
