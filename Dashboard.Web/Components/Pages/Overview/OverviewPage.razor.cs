using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.Briefing;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Web.Briefing;
using Dashboard.Web.Map;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Pages.Overview;

/// <summary>
/// Headquarters' and leadership's page: the national picture at a glance. The KPI tiles, the risk map, the open
/// critical alerts, the riskiest provinces of the last four weeks, and the weekly trend of cases and offloadings;
/// each part opens onto the page where the work on it is done.
/// </summary>
public sealed partial class OverviewPage
{
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

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _kpis = await Kpis.ReadAsync(CancellationToken.None);
        var open = new HashSet<AlertStatus> { AlertStatus.New, AlertStatus.Acknowledged, AlertStatus.Assigned };
        _critical = await Alerts.ListAsync(new AlertFilter(new HashSet<AlertSeverity> { AlertSeverity.Critical }, open, null, null), 8, CancellationToken.None);
        _regions = await Briefings.TableAsync(user, "province", null, BriefingPeriod.Last(BriefingRequest.DefaultDays, Briefings.Today), CancellationToken.None);
        _cases = await Briefings.TrendAsync(user, "ID", Weeks, CancellationToken.None);
        _offloadings = await Offloadings.ReadAsync(WeeklyCasesQuery.WeekOf(Briefings.Today), Weeks, CancellationToken.None);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!_ready && _regions is not null)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private void OpenRegion(BriefingRow row) => Navigation.NavigateTo($"briefing?area={Uri.EscapeDataString(row.Code)}");
}
