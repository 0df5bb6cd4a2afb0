using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Accounts;

/// <summary>/admin/users: the accounts of the deployment, filtered, created, edited, disabled, reset and unlocked.</summary>
public sealed partial class AdminUsersPage
{
    private IReadOnlyList<AccountView> _accounts = [];
    private IReadOnlyList<Office> _offices = [];
    private string? _search, _role, _agency, _office;
    private string _status = "all";
    private EditModel? _editing;
    private string? _editingId;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private (string UserName, string Password)? _oneTimePassword;
    private string? _message;
    private bool _interactive;

    [Inject]
    private AccountAdministration Accounts { get; set; } = default!;

    [Inject]
    private OfficeDirectory Offices { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        _offices = await Offices.ListAsync();
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

    private async Task LoadAsync() =>
        _accounts = await Accounts.ListAsync(new AccountFilter(_search, _role, _agency, _office,
            _status switch { "active" => false, "disabled" => true, _ => null }));

    private Task SearchAsync(string value) => FilterAsync(() => _search = value);

    private async Task FilterAsync(Action set)
    {
        set();
        await LoadAsync();
    }

    private async Task OfficesChangedAsync()
    {
        _offices = await Offices.ListAsync();
        await LoadAsync();
    }

    private void StartCreate()
    {
        _editingId = null;
        _errors = new Dictionary<string, string[]>();
        _editing = new EditModel { Agency = Identity.DashboardClaims.Immigration };
    }

    private void StartEdit(AccountView account)
    {
        _editingId = account.Id;
        _errors = new Dictionary<string, string[]>();
        _editing = new EditModel
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Role = account.Role.Split(',').FirstOrDefault(),
            Agency = account.Agency,
            OfficeCode = account.OfficeCode,
        };
    }

    private async Task SaveAsync()
    {
        if (_editing is null)
            return;
        var office = _editing.Agency == Identity.DashboardClaims.Immigration ? _editing.OfficeCode : null;
        var input = new AccountInput(_editing.UserName, _editing.DisplayName, _editing.Role, _editing.Agency, office);
        var outcome = _editingId is null ? await Accounts.CreateAsync(User, input) : await Accounts.UpdateAsync(User, _editingId, input);
        _errors = outcome.Errors;
        if (!outcome.Succeeded)
            return;
        if (outcome.OneTimePassword is { } password)
            _oneTimePassword = (outcome.Account!.UserName, password);
        _editing = null;
        await LoadAsync();
    }

    private async Task ActAsync(Func<AccountAdministration, Task<AccountOutcome>> action)
    {
        var outcome = await action(Accounts);
        _message = outcome.Succeeded ? null : string.Join(" ", outcome.Errors.SelectMany(e => e.Value));
        if (outcome.OneTimePassword is { } password)
            _oneTimePassword = (outcome.Account!.UserName, password);
        await LoadAsync();
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private sealed class EditModel
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public string? Agency { get; set; }
        public string? OfficeCode { get; set; }
    }
}
