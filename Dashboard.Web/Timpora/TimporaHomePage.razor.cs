using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Timpora;

/// <summary>/timpora: a member's home, their seat and the roster of their own TIMPORA (read through the audited roster), and the warnings and requests of both sides.</summary>
public sealed partial class TimporaHomePage
{
    private TimporaMember? _seat;
    private System.Security.Claims.ClaimsPrincipal _user = new();
    private IReadOnlyList<TimporaMemberView> _roster = [];
    private bool _interactive, _loaded;

    [Inject]
    private TimporaMembership Membership { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = _user = (await AuthenticationState).User;
        var seat = await Membership.SeatOfAsync(user);
        // Seat and roster change together, so no render in between shows a seat with an empty roster.
        var roster = seat is null ? [] : await Membership.RosterAsync(user, seat.AreaCode) ?? [];
        (_seat, _roster, _loaded) = (seat, roster, true);
    }

    /// <summary>Marks the page interactive (data-ready), which prerendered markup never is.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }
}
