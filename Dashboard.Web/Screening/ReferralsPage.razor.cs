using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>
/// /referrals: for the accounts of an agency that runs services, the referrals sent to them to accept or decline; for
/// the referring office, its referrals, the ones left without answer past 48 hours first.
/// </summary>
public sealed partial class ReferralsPage
{
    private IReadOnlyList<ReferralView> _referrals = [];
    private bool _ready, _immigration, _mayActForOffice;

    [Inject]
    private ReferralDesk Desk { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    private IEnumerable<ReferralView> Flagged => _referrals.Where(r => r.Status == "Pending" && r.FlaggedAt is not null);

    private IEnumerable<ReferralView> Pending => _referrals.Where(r => r.Status == "Pending" && r.FlaggedAt is null);

    private IEnumerable<ReferralView> Answered => _referrals.Where(r => r.Status != "Pending");

    // Read once interactive, not also while prerendering: every list is audited.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        User = (await AuthenticationState).User;
        _immigration = (await Authorization.AuthorizeAsync(User, Policies.ViewScreenings)).Succeeded;
        _mayActForOffice = (await Authorization.AuthorizeAsync(User, Policies.ScreenTravellers)).Succeeded;
        await LoadAsync();
        _ready = true;
        StateHasChanged();
    }

    private async Task LoadAsync() => _referrals = await Desk.ListAsync(User);

    private bool AsService(ReferralView referral) => referral.ServiceAgency == User.ActorAgency();

    // The desk decides again on every answer; this only hides the buttons of those who would be refused.
    private bool MayAnswer(ReferralView referral) => AsService(referral) || _mayActForOffice;
}
