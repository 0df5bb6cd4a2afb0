using System.Security.Claims;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Geo.Situation;
using Dashboard.Web.Map;
using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Timpora;

/// <summary>
/// /timpora/live: the live picture every member agency watches for its own TIMPORA (immigration: ?area= of its working
/// area): the risk map on the area, the open alerts now and the last ended week's and quarter's figures, all at the
/// aggregate level, and the warnings and requests of the members. The figures follow the server's situation feed.
/// </summary>
public sealed partial class TimporaLivePage
{
    private readonly IReadOnlySet<MapLayer> _layers = new HashSet<MapLayer> { MapLayer.Risk, MapLayer.Crossings };
    private readonly CancellationTokenSource _lifetime = new();
    private ClaimsPrincipal _user = new();
    private TimporaMember? _seat;
    private TimporaLiveView? _view;
    private IDisposable? _events;
    private long _startAfter;
    private string _connection = "connecting";
    private bool _loaded, _ready;
    private int _refreshes;

    [Inject] private TimporaLivePicture Picture { get; set; } = default!;
    [Inject] private TimporaMembership Membership { get; set; } = default!;
    [Inject] private ISituationFeed Feed { get; set; } = default!;
    [Inject] private IOptions<MapTileOptions> Tiles { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "area")] public string? Area { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User;
        // The mark first: whatever happens while the page reads arrives through the feed, not lost between the two.
        await Feed.Started.WaitAsync(_lifetime.Token);
        _startAfter = Feed.Mark;
        _seat = await Membership.SeatOfAsync(_user, _lifetime.Token);
        _view = await Picture.ReadAsync(_user, Area, _lifetime.Token);
        _loaded = true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _connection = StateName(Feed.State);
            _events = Feed.Subscribe(_startAfter, events => InvokeAsync(() => OnEventsAsync(events)),
                state => InvokeAsync(() => { _connection = StateName(state); StateHasChanged(); }));
        }
        if (!_ready && _loaded && _events is not null)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    /// <summary>An alert raised or changed may change the open-alert figure: reread it (the feed throttles bursts).</summary>
    private async Task OnEventsAsync(IReadOnlyList<SituationMessage> events)
    {
        if (_lifetime.IsCancellationRequested || _view is null || !events.Any(e => e.Alert is not null))
            return;
        try
        {
            _view = await Picture.ReadAsync(_user, _view.AreaCode, _lifetime.Token, asOf: events.Max(e => e.Sequence)) ?? _view;
            _refreshes++;
            StateHasChanged();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DispatchExceptionAsync(e);
        }
    }

    private IEnumerable<(string Label, string Week, string Quarter, string Id)> Rows(TimporaLiveView v)
    {
        yield return (L["BriefingCases"], v.Week.Cases, v.Quarter.Cases, "cases");
        yield return (L["BriefingVictims"], v.Week.Victims, v.Quarter.Victims, "victims");
        yield return (L["LiveMinors"], v.Week.Minors, v.Quarter.Minors, "minors");
        yield return (L["BriefingReports"], v.Week.Reports, v.Quarter.Reports, "reports");
        yield return (L["BriefingOffloadings"], v.Week.Offloadings, v.Quarter.Offloadings, "offloadings");
    }

    private static string StateName(FeedState state) => state.ToString().ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        _events?.Dispose();
        await _lifetime.CancelAsync();
        _lifetime.Dispose();
    }
}
