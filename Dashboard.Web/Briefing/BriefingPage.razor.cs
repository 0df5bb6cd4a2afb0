using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Briefing;
using Dashboard.Web.Map;
using Dashboard.Web.Resources;
using Dashboard.Web.Timpora;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace Dashboard.Web.Briefing;

/// <summary>
/// The TIMPORA meeting's view: regions ranked by risk beside the risk map, a region's weekly trend against the early
/// warning, a period compared with the one before, drill-down to regencies, presentation mode, print to PDF, exports.
/// Everything it shows is in its address, so a link reopens the same view.
/// </summary>
public sealed partial class BriefingPage
{
    public const int PresentedRegions = 10;
    private const int TrendWeeks = 26;

    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Risk, MapLayer.Crossings };
    private LeafletMap? _map;
    private ElementReference _presentation;
    private BriefingTable? _table;
    private BriefingRow? _selected;
    private BriefingTrend? _trend;
    private string? _provinceName;
    private string? _loadedKey;
    private string? _error;
    private int _days = BriefingRequest.DefaultDays;
    private int _version;
    private bool _ready;
    private bool _focusPresentation;

    [Inject] private IStringLocalizer<BriefingStrings> L { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private BriefingService Briefings { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "days")] public string? Days { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "province")] public string? Province { get; set; }
    [SupplyParameterFromQuery(Name = "compare")] public string? Compare { get; set; }
    [SupplyParameterFromQuery(Name = "area")] public string? Area { get; set; }
    [SupplyParameterFromQuery(Name = "present")] public string? PresentValue { get; set; }

    private bool Present => PresentValue is "1" or "true";

    private System.Security.Claims.ClaimsPrincipal _user = new();

    /// <summary>
    /// For immigration staff who may chair the TIMPORA of the region shown (the one selected, else the province whose
    /// regencies are listed): the meetings page, opening a meeting from this period.
    /// </summary>
    private string? MeetingLink()
    {
        if (_table is null || (_selected?.Code ?? _table.Province) is not { } area || !_user.ImmigrationCovers(area))
            return null;
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return $"timpora/meetings?area={Uri.EscapeDataString(area)}&from={Day(_table.Period.From)}&to={Day(_table.Period.To)}";
    }

    protected override async Task OnParametersSetAsync()
    {
        // A quick second click starts another load while this one awaits: only the latest may change what is shown.
        var version = ++_version;
        var errors = new Dictionary<string, string[]>();
        if (BriefingRequest.Parse(Province, Days, From, To, Briefings.Today, errors, Compare) is not { } request)
        {
            _error = L["BadLink"];
            return;
        }
        var user = _user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (Briefings.Refusal(user, request) is not null)
        {
            _error = L["CalendarOnly"];
            return;
        }
        var key = $"{request.Level}|{request.Province}|{request.Period}";
        var table = _table;
        var provinceName = _provinceName;
        if (key != _loadedKey || table is null)
        {
            table = await Briefings.TableAsync(user, request, exportK: null, export: false, CancellationToken.None);
            provinceName = request.Province is null ? null : await Briefings.NameAsync(request.Province, CancellationToken.None);
        }
        var selected = table.Rows.FirstOrDefault(r => r.Code == Area) ?? table.Rows.FirstOrDefault();
        var trend = _trend;
        if (selected?.Code != _selected?.Code || key != _loadedKey || trend is null)
            trend = selected is null ? null : await Briefings.TrendAsync(user, selected.Code, TrendWeeks, CancellationToken.None);
        if (version != _version)
            return;
        var moved = selected?.Code != _selected?.Code;
        // All of it changes together, so a region is never shown with another's trend.
        (_table, _provinceName, _loadedKey, _selected, _trend, _error, _days) = (table, provinceName, key, selected, trend, null,
            table.Calendar is null ? request.Period.Days : Geo.Disclosure.DisclosureCalendar.Days(Geo.Disclosure.DisclosureCalendar.ForDays(request.Period.Days)));
        if (moved && _map is not null && selected is not null)
            await _map.FlyToAsync(selected.Longitude, selected.Latitude, table.Level == "province" ? 7 : 9);
        _focusPresentation = Present;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Ready once the table is drawn, not at the first render, which comes before the data.
        if (!_ready && _table is not null)
        {
            if (_map is not null && _selected is not null)
                await _map.FlyToAsync(_selected.Longitude, _selected.Latitude, _table.Level == "province" ? 6 : 9);
            _ready = true;
            StateHasChanged();
        }
        if (_focusPresentation && Present && _selected is not null)
        {
            _focusPresentation = false;
            await _presentation.FocusAsync();
        }
    }

    private void ChangeComparison(ChangeEventArgs e) =>
        Navigation.NavigateTo(Link(compare: e.Value?.ToString() == "year" ? "year" : ""), replace: true);

    private void ChangePeriodAsync(ChangeEventArgs e) =>
        Navigation.NavigateTo(Link(days: e.Value?.ToString(), from: "", to: ""), replace: true);

    private void SelectAsync(BriefingRow row) => Navigation.NavigateTo(Link(area: row.Code), replace: true);

    private void DrillAsync(BriefingRow row) => Navigation.NavigateTo(Link(province: row.Code, area: ""));

    private void SetPresent(bool on) => Navigation.NavigateTo(Link(present: on), replace: true);

    private Task StepAsync(int by)
    {
        if (_table is null || _selected is null)
            return Task.CompletedTask;
        var top = _table.Rows.Take(PresentedRegions).ToList();
        var index = top.FindIndex(r => r.Code == _selected.Code);
        var next = top[((index < 0 ? 0 : index) + by + top.Count) % top.Count];
        Navigation.NavigateTo(Link(area: next.Code), replace: true);
        return Task.CompletedTask;
    }

    private Task PresentationKeyAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowRight" or "PageDown" or " ":
                return StepAsync(1);
            case "ArrowLeft" or "PageUp":
                return StepAsync(-1);
            case "Escape":
                SetPresent(false);
                break;
        }
        return Task.CompletedTask;
    }

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    /// <summary>This view's address with some values changed; "" removes a value.</summary>
    private string Link(string? days = null, string? from = null, string? to = null, string? province = null, string? area = null, bool? present = null,
        string? compare = null)
    {
        var values = new Dictionary<string, object?>
        {
            ["days"] = Pick(days, Days),
            ["from"] = Pick(from, From),
            ["to"] = Pick(to, To),
            ["province"] = Pick(province, Province),
            ["area"] = Pick(area, Area),
            ["present"] = (present ?? Present) ? "1" : null,
            ["compare"] = Pick(compare, Compare),
        };
        return Navigation.GetUriWithQueryParameters(Navigation.ToAbsoluteUri("briefing").ToString(), values);
    }

    private static string? Pick(string? changed, string? current) => changed is null ? current : changed.Length == 0 ? null : changed;

    private string Export(string format)
    {
        var query = new Uri(Link(area: "", present: false)).Query;
        return $"api/briefing/regions.{format}{query}";
    }
}
