using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Timpora;

/// <summary>
/// /timpora/meetings: a TIMPORA's meetings with their decisions and action items. Members see their own TIMPORA's;
/// immigration chooses among those of its working area and chairs: opens meetings, records decisions and items.
/// </summary>
public sealed partial class TimporaMeetingsPage : IDisposable
{
    private ClaimsPrincipal _user = new();
    private IReadOnlyList<TimporaMeetingView> _meetings = [];
    private IReadOnlyList<TimporaMemberView> _roster = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private readonly HashSet<string> _attendees = [];
    private string? _area, _areaInput, _place, _minutes;
    private DateOnly? _heldOn;
    private Guid _clientKey = Guid.NewGuid();
    private bool _interactive, _loaded, _refused, _isChair;
    private int _version;
    private IDisposable? _subscription;

    [Inject]
    private TimporaMeetings Meetings { get; set; } = default!;

    [Inject]
    private TimporaMembership Membership { get; set; } = default!;

    [Inject]
    private TimporaBroadcast Broadcast { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>The TIMPORA to show, e.g. ?area=61.05 (immigration only; a member always sees their own).</summary>
    [SupplyParameterFromQuery(Name = "area")]
    public string? AreaQuery { get; set; }

    /// <summary>The briefing period a meeting opens from (?from=2026-11-01&amp;to=2026-11-28), as the briefing page links here.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? BriefingFrom { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? BriefingTo { get; set; }

    private (DateOnly From, DateOnly To)? FromBriefing =>
        DateOnly.TryParseExact(BriefingFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
        && DateOnly.TryParseExact(BriefingTo, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) && from <= to
            ? (from, to) : null;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User;
        var seat = await Membership.SeatOfAsync(_user);
        _area = _user.IsImmigration() ? AreaQuery ?? seat?.AreaCode ?? _user.WorkingAreaCodes().FirstOrDefault() : seat?.AreaCode;
        _areaInput = _area;
        _heldOn = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        await LoadAsync();
        _subscription = Broadcast.Subscribe(area => area == _area ? InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }) : Task.CompletedTask);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        if (_area is null || TimporaAreaCode.LevelOf(_area) is null)
        {
            (_area, _meetings, _loaded) = (null, [], true);
            return;
        }
        var meetings = await Meetings.ListAsync(_user, _area);
        _refused = meetings.Value is null;
        _meetings = meetings.Value ?? [];
        _isChair = _user.ImmigrationCovers(_area);
        _roster = _refused ? [] : await Membership.RosterAsync(_user, _area) ?? [];
        _loaded = true;
        _version++;
    }

    private async Task ShowAsync()
    {
        _area = _areaInput?.Trim();
        _attendees.Clear();
        await LoadAsync();
    }

    private void Toggle(string userName, bool present)
    {
        if (present)
            _attendees.Add(userName);
        else
            _attendees.Remove(userName);
    }

    private async Task OpenAsync()
    {
        var result = await Meetings.OpenAsync(_user, _area!, new TimporaMeetingInput(
            _heldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _place, [.. _attendees], _minutes, _clientKey,
            FromBriefing is { } b ? Day(b.From) : null, FromBriefing is { } c ? Day(c.To) : null));
        _errors = result.Errors;
        if (result.Value is not null)
        {
            (_place, _minutes, _clientKey) = (null, null, Guid.NewGuid());
            _attendees.Clear();
            await LoadAsync();
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => _subscription?.Dispose();
}
