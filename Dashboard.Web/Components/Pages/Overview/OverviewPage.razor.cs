using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.Briefing;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Web.Briefing;
using Dashboard.Web.Map;
using Dashboard.Web.Live;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Dashboard.Web.Situation;
using Microsoft.JSInterop;
using Npgsql;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Pages.Overview;

/// <summary>
/// Headquarters' and leadership's page: the national picture at a glance. The KPI tiles, the risk map, the open
/// critical alerts, the riskiest provinces of the last four weeks, and the weekly trend of cases and offloadings;
/// each part opens onto the page where the work on it is done. The tiles and the critical alerts follow the situation
/// hub, as the live view does, so a page left open on a wall screen stays current.
/// </summary>
public sealed partial class OverviewPage : IAsyncDisposable
{
    private static readonly HashSet<AlertStatus> Open = [AlertStatus.New, AlertStatus.Acknowledged, AlertStatus.Assigned];
    private readonly CancellationTokenSource _lifetime = new();
    private SituationStream? _stream;
    private long _startAfter;
    private const int TopRegions = 8;
    private const int Weeks = 26;
    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Risk, MapLayer.Crossings };
    private SituationKpis? _kpis;
    private IReadOnlyList<AlertSnapshot> _critical = [];
    private BriefingTable? _regions;
    private BriefingTrend? _cases;
    private IReadOnlyList<(DateOnly WeekStart, int Count)> _offloadings = [];
    private bool _ready;

    [Inject] private IStringLocalizer<OverviewStrings> L { get; set; } = default!;
    [Inject] private IStringLocalizer<LiveStrings> Live { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private SituationKpiQuery Kpis { get; set; } = default!;
    [Inject] private AlertQueries Alerts { get; set; } = default!;
    [Inject] private BriefingService Briefings { get; set; } = default!;
    [Inject] private WeeklyOffloadingsQuery Offloadings { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private NpgsqlDataSource DataSource { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        // The mark first: whatever happens while the page reads arrives through the stream, not lost between the two.
        _startAfter = await SituationEventLog.LatestAsync(DataSource, _lifetime.Token);
        await ReadAlertsAndKpisAsync();
        _regions = await Briefings.TableAsync(user, "province", null, BriefingPeriod.Last(BriefingRequest.DefaultDays, Briefings.Today), CancellationToken.None);
        _cases = await Briefings.TrendAsync(user, "ID", Weeks, CancellationToken.None);
        _offloadings = await Offloadings.ReadAsync(WeeklyCasesQuery.WeekOf(Briefings.Today), Weeks, CancellationToken.None);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            if (firstRender)
            {
                _stream = await SituationStream.OpenAsync(JS, Navigation, this, _startAfter);
            }
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        // The first render can come before the figures are read: ready only once both are there.
        if (!_ready && _stream is not null && _regions is not null)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    /// <summary>Events come in batches of at most every 300 ms; a batch that touches alerts or reports rereads both.</summary>
    [JSInvokable]
    public async Task OnEvents(string json)
    {
        var events = System.Text.Json.JsonSerializer.Deserialize<SituationMessage[]>(json, SituationJson.Options) ?? [];
        if (events.Length == 0 || _lifetime.IsCancellationRequested)
            return;
        await ReadAlertsAndKpisAsync();
        StateHasChanged();
    }

    /// <summary>The stream reports its connection; the overview shows no connection state (the live view does).</summary>
    [JSInvokable]
    public void OnConnectionState(string state)
    {
    }

    private async Task ReadAlertsAndKpisAsync()
    {
        _kpis = await Kpis.ReadAsync(_lifetime.Token);
        _critical = await Alerts.ListAsync(new AlertFilter(new HashSet<AlertSeverity> { AlertSeverity.Critical }, Open, null, null), 8, _lifetime.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        if (_stream is not null)
            await _stream.DisposeAsync();
        _lifetime.Dispose();
    }

    private void OpenRegion(BriefingRow row) => Navigation.NavigateTo($"briefing?area={Uri.EscapeDataString(row.Code)}");
}
