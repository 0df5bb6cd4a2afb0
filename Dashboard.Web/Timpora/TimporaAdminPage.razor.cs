using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Timpora;

/// <summary>/admin/timpora: administrators seat accounts in a regency's or province's TIMPORA, and unseat them.</summary>
public sealed partial class TimporaAdminPage
{
    private IReadOnlyList<TimporaMemberView> _members = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _userName, _agency, _areaCode, _filter, _message;
    private bool _interactive;

    [Inject]
    private TimporaMembership Membership { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        await LoadAsync();
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

    private async Task LoadAsync() => _members = await Membership.ListAsync(User, _filter);

    private async Task FilterAsync(string value)
    {
        _filter = value;
        await LoadAsync();
    }

    private async Task AssignAsync()
    {
        var outcome = await Membership.AssignAsync(User, new TimporaMemberInput(_userName, _agency, _areaCode));
        _errors = outcome.Errors;
        _message = outcome.Member is { } m ? L["Assigned", m.UserName, m.AreaCode].Value : null;
        if (outcome.Succeeded)
            await LoadAsync();
    }

    private async Task RemoveAsync(string userName)
    {
        if (await Membership.RemoveAsync(User, userName))
            _message = L["Removed", userName].Value;
        await LoadAsync();
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? First(string field) => _errors.TryGetValue(field, out var messages) ? messages[0] : null;
}
