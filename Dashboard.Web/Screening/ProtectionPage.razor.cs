using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>
/// /protection/{id}: the potential victim's record, one path from the screening to a service that accepted them, with
/// every step's time; the office refers from here and may record a service's answer given by telephone.
/// </summary>
public sealed partial class ProtectionPage
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyList<ServiceView> _services = [];
    private ProtectionView? _record;
    private string? _serviceId, _reason;
    private Guid _referralId = Guid.NewGuid();
    private bool _ready, _saving, _mayAct;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private ProtectionDesk Protection { get; set; } = default!;

    [Inject]
    private ServiceDirectory Directory { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    // Read once interactive, not also while prerendering: every read of the record is audited.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        User = (await AuthenticationState).User;
        _mayAct = (await Authorization.AuthorizeAsync(User, Policies.ScreenTravellers)).Succeeded;
        if (_mayAct)
            _services = await Directory.ListAsync(includeRetired: false);
        await LoadAsync();
        _ready = true;
        StateHasChanged();
    }

    private async Task LoadAsync() => _record = await Protection.FindAsync(User, Id);

    private async Task ReferAsync()
    {
        _saving = true;
        try
        {
            int? service = int.TryParse(_serviceId, out var parsed) ? parsed : null;
            var outcome = await Protection.ReferAsync(User, Id, new ReferralInput(_referralId, service, _reason));
            _errors = outcome.Errors;
            if (outcome.Succeeded)
            {
                _referralId = Guid.NewGuid();
                _serviceId = _reason = null;
                await LoadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
