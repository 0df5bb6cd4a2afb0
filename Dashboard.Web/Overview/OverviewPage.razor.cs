using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.Briefing;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Web.Briefing;
using Dashboard.Web.Map;
using Dashboard.Web.Alerts;
using Dashboard.Web.Live;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Dashboard.Web.Situation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Overview;

/// <summary>
/// Headquarters' and leadership's page: the national picture at a glance. The KPI tiles, the risk map, the open
/// critical alerts, the riskiest provinces of the last four weeks, and the weekly trend of cases and offloadings;
/// each part opens onto the page where the work on it is done. The tiles and the critical alerts follow the situation
/// hub, as the live view does, so a page left open on a wall screen stays current.
/// </summary>
public sealed partial class OverviewPage : IAsyncDisposable
{
    private const int CriticalShown = 8;
    private readonly CancellationTokenSource _lifetime = new();
    private IDisposable? _events;
    private IDisposable? _kpiUpdates;
    private long _startAfter;
    private const int TopRegions = 8;
    private const int Weeks = 26;
    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Risk, MapLayer.Crossings };
    private SituationKpis? _kpis;
    private IReadOnlyList<AlertSnapshot> _critical = [];

    /// <summary>Every open critical alert: the tiles' count, never fewer than the card lists.</summary>
    private int CriticalTotal => Math.Max(_kpis?.OpenCriticalAlerts ?? 0, _critical.Count);
    private BriefingTable? _regions;
    private BriefingTrend? _cases;
    private IReadOnlyList<(DateOnly WeekStart, int Count)> _offloadings = [];
    private bool _ready;

    [SupplyParameterFromQuery(Name = "wall")] public string? WallValue { get; set; }

    private bool Wall => WallValue is "1" or "true";

    [Inject] private IStringLocalizer<OverviewStrings> L { get; set; } = default!;
    [Inject] private IStringLocalizer<LiveStrings> Live { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private SituationKpiSnapshot Kpis { get; set; } = default!;
    [Inject] private ISituationFeed Feed { get; set; } = default!;
    [Inject] private LiveAlerts Alerts { get; set; } = default!;
    [Inject] private BriefingService Briefings { get; set; } = default!;
    [Inject] private WeeklyOffloadingsQuery Offloadings { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        // The mark first: whatever happens while the page reads arrives through the stream, not lost between the two.
        await Feed.Started.WaitAsync(_lifetime.Token);
        _startAfter = Feed.Mark;
        _kpis = await Kpis.GetAsync(_lifetime.Token);
        _critical = await Alerts.OpenCriticalAsync(CriticalShown, _lifetime.Token);
        _regions = await Briefings.TableAsync(user, "province", null, BriefingPeriod.Last(BriefingRequest.DefaultDays, Briefings.Today), CancellationToken.None);
        _cases = await Briefings.TrendAsync(user, "ID", Weeks, CancellationToken.None);
        _offloadings = await Offloadings.ReadAsync(WeeklyCasesQuery.WeekOf(Briefings.Today), Weeks, CancellationToken.None);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _events = Feed.Subscribe(_startAfter, events => InvokeAsync(() => OnEventsAsync(events)));
            _kpiUpdates = Kpis.Subscribe(kpis => InvokeAsync(() => { _kpis = kpis; StateHasChanged(); }));
        }
        // The first render can come before the figures are read: ready only once they are there.
        if (!_ready && _regions is not null && _events is not null)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    /// <summary>A batch that raises or changes an alert rereads the critical list; the tiles follow the shared snapshot.</summary>
    private async Task OnEventsAsync(IReadOnlyList<SituationMessage> events)
    {
        if (_lifetime.IsCancellationRequested || !events.Any(e => e.Alert is not null))
            return;
        try
        {
            _critical = await Alerts.OpenCriticalAsync(CriticalShown, _lifetime.Token);
            StateHasChanged();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DispatchExceptionAsync(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _events?.Dispose();
        _kpiUpdates?.Dispose();
        await _lifetime.CancelAsync();
        _lifetime.Dispose();
    }

    private void OpenRegion(BriefingRow row) => Navigation.NavigateTo($"briefing?area={Uri.EscapeDataString(row.Code)}");
}
