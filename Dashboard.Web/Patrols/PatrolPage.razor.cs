using Dashboard.Geo.Offices;
using Dashboard.Geo.Time;
using Dashboard.Web.Identity;
using System.Security.Claims;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;
using Dashboard.Web.Patrols;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Patrols;

/// <summary>
/// The patrol desk: pick a base, a mode and a shift; get a round that covers the most risk within it, drawn at random
/// among the near-best; adjust it (add, remove or drag stops, each change rescored); save it for a team and a date and
/// take it to a handheld as GPX or KML; afterwards record how it went.
/// </summary>
public sealed partial class PatrolPage
{
    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Risk, MapLayer.Roads, MapLayer.RatRoutes, MapLayer.Crossings };
    private LeafletMap? _map;
    private IReadOnlyList<PatrolBaseOption> _allBases = [];
    private IReadOnlyList<PatrolBaseOption> _bases = [];
    private WorkingArea? _area;
    private string? _office;
    private bool _national = true;
    private IReadOnlyList<PatrolSummary> _saved = [];
    private string? _baseCode;
    private string _mode = "Land";
    private double _budget = 8;
    private string _budgetUnit = "hours";
    private PatrolSuggestionView? _suggestion;
    private PatrolPlanView? _plan;
    private List<PatrolStopView> _stops = [];
    private bool _edited;
    private string _team = "";
    private DateOnly _plannedFor;
    private string? _message;
    private bool _messageIsError;
    private bool _busy;
    private bool _ready;

    [Inject] private IStringLocalizer<PatrolStrings> L { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;
    [Inject] private PatrolPlanning Planning { get; set; } = default!;
    [Inject] private PatrolBook Book { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private WorkingAreas Areas { get; set; } = default!;

    /// <summary>A link may name the base, e.g. /patrols?base=ENT.</summary>
    [SupplyParameterFromQuery(Name = "base")] public string? BaseFromLink { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        // An office's planner starts at the posts of its working area; headquarters at the nation.
        _area = await Areas.ForAsync(user.WorkingAreaCodes(), CancellationToken.None);
        _office = user.OfficeCode();
        _national = _area is null || user.StartsNational();
        _allBases = await Planning.BasesAsync(CancellationToken.None);
        _plannedFor = Today().AddDays(1);
        await ScopeAsync();
    }

    private PatrolScope Scope => _national ? PatrolScope.Nation : new PatrolScope(_area);

    /// <summary>The bases and saved patrols of the view's scope; the chosen base stays when it is still in it.</summary>
    private async Task ScopeAsync()
    {
        _bases = Scope.Bases(_allBases);
        _baseCode = _bases.FirstOrDefault(b => b.Code == (_baseCode ?? BaseFromLink))?.Code
            ?? _bases.FirstOrDefault(b => b.Kind == "LandBorderPost")?.Code ?? _bases.FirstOrDefault()?.Code;
        await LoadSavedAsync();
    }

    private async Task ToggleScopeAsync()
    {
        if (_area is null)
            return;
        _national = !_national;
        await ScopeAsync();
    }

    private async Task LoadSavedAsync() =>
        _saved = await Book.ListAsync(Today().AddDays(-30), Today().AddDays(60), Scope.BaseCodes(_allBases), CancellationToken.None);

    protected override void OnAfterRender(bool firstRender)
    {
        // Ready once the bases are in the form, not at the first render, which comes before them.
        if (!_ready && _bases.Count > 0)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private async Task SuggestAsync()
    {
        await RunAsync(async () =>
        {
            var outcome = await Planning.SuggestAsync(Request(), CancellationToken.None);
            if (outcome.Value is not { } suggestion)
            {
                Fail(outcome.Errors);
                return;
            }
            _suggestion = suggestion;
            _plan = suggestion.Suggested;
            _stops = [.. suggestion.Suggested.Stops];
            _edited = false;
            _message = suggestion.Candidates.Count == 0 ? L["NoCandidates"].Value : null;
            _messageIsError = false;
            await DrawAsync(fit: true);
        });
    }

    private async Task UseAlternativeAsync(PatrolPlanView alternative)
    {
        _plan = alternative;
        _stops = [.. alternative.Stops];
        _edited = true;
        await DrawAsync(fit: false);
    }

    private Task ToggleCandidateAsync(string id)
    {
        if (_suggestion is null)
            return Task.CompletedTask;
        var index = _stops.FindIndex(s => s.Id == id);
        if (index >= 0)
            _stops.RemoveAt(index);
        else if (_suggestion.Candidates.FirstOrDefault(c => c.Id == id) is { } candidate)
            _stops.Add(candidate);
        return RescoreAsync();
    }

    private Task RemoveStopAsync(int index)
    {
        if (index >= 0 && index < _stops.Count)
            _stops.RemoveAt(index);
        return RescoreAsync();
    }

    private Task MoveStopAsync(PatrolStopMoved moved)
    {
        if (moved.Index < 0 || moved.Index >= _stops.Count)
            return Task.CompletedTask;
        _stops[moved.Index] = _stops[moved.Index] with { Longitude = moved.Longitude, Latitude = moved.Latitude };
        return RescoreAsync();
    }

    private async Task RescoreAsync()
    {
        _edited = true;
        if (_stops.Count == 0)
        {
            _plan = _plan! with { Stops = [], Risk = 0, Kilometres = 0, Hours = 0, RiskPerKilometre = 0, RiskPerHour = 0, WithinBudget = true, Path = null };
            await DrawAsync(fit: false);
            return;
        }
        await RunAsync(async () =>
        {
            var outcome = await Planning.ScoreAsync(Request(withStops: true), CancellationToken.None);
            if (outcome.Value is not { } plan)
            {
                Fail(outcome.Errors);
                return;
            }
            _plan = plan;
            _stops = [.. plan.Stops];
            _message = plan.WithinBudget ? null : L["OverBudget"].Value;
            _messageIsError = !plan.WithinBudget;
            await DrawAsync(fit: false);
        });
    }

    private async Task SaveAsync()
    {
        await RunAsync(async () =>
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            var saved = await Book.SaveAsync(Request(withStops: true) with { Team = _team, PlannedFor = _plannedFor }, user, CancellationToken.None);
            if (saved.Value is not { } patrol)
            {
                Fail(saved.Errors);
                return;
            }
            _message = string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Saved"], patrol.Id, patrol.Team, patrol.PlannedFor);
            _messageIsError = false;
            await LoadSavedAsync();
        });
    }

    private async Task RecordOutcomeAsync((PatrolSummary Patrol, PatrolOutcomeEntry Entry) outcome)
    {
        var (patrol, entry) = outcome;
        await RunAsync(async () =>
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            var recorded = await Book.RecordOutcomeAsync(entry.PatrolId, entry.ToRequest(patrol, Clock.GetUtcNow()), user, CancellationToken.None);
            if (recorded?.Value is null)
            {
                Fail(recorded?.Errors ?? new Dictionary<string, string[]> { ["patrol"] = ["not found"] });
                return;
            }
            _message = L["OutcomeRecorded"];
            _messageIsError = false;
            await LoadSavedAsync();
        });
    }

    private PatrolRequest Request(bool withStops = false) => new(
        _baseCode, _mode,
        _budgetUnit == "hours" ? _budget : null,
        _budgetUnit == "kilometres" ? _budget : null,
        Stops: withStops ? [.. _stops.Select(s => new PatrolStopRequest(s.Id, s.Name, s.Longitude, s.Latitude))] : null);

    private async Task DrawAsync(bool fit)
    {
        if (_map is null || _suggestion is null)
            return;
        var inPlan = _stops.Select(s => s.Id).ToHashSet();
        await _map.SetPatrolAsync(new PatrolMapState(
            new PatrolMapPoint(_suggestion.Base.Name, _suggestion.Base.Longitude, _suggestion.Base.Latitude),
            [.. _suggestion.Candidates.Select(c => new PatrolMapCandidate(c.Id, c.Name, c.Longitude, c.Latitude, c.Risk,
                string.Format(System.Globalization.CultureInfo.CurrentCulture, L["RiskLabel"], c.Risk), inPlan.Contains(c.Id)))],
            [.. _stops.Select(s => new PatrolMapPoint(s.Name, s.Longitude, s.Latitude))],
            fit,
            // The plan's path is drawn only while it still goes through the stops shown; until rescored, straight lines.
            _plan?.Stops.Select(s => s.Id).SequenceEqual(_stops.Select(s => s.Id)) == true ? _plan.Path : null));
    }

    private async Task RunAsync(Func<Task> work)
    {
        _busy = true;
        try
        {
            await work();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Fail(IDictionary<string, string[]> errors)
    {
        _message = string.Join(" ", errors.SelectMany(e => e.Value.Select(v => L[$"Error.{e.Key.Split('[')[0]}"].ResourceNotFound ? v : L[$"Error.{e.Key.Split('[')[0]}"].Value)));
        _messageIsError = true;
    }

    private DateOnly Today() => Clock.HeadquartersToday();
}
