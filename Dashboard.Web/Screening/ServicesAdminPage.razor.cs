using System.Security.Claims;
using Dashboard.Geo.Screening;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>/admin/services: administrators keep the directory of services that potential victims are referred to.</summary>
public sealed partial class ServicesAdminPage
{
    private IReadOnlyList<ServiceView> _services = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private Form _form = new();
    private int? _editing;
    private string? _message;
    private bool _ready;

    [Inject]
    private ServiceDirectory Directory { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        _services = await Directory.ListAsync(includeRetired: false);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private IEnumerable<string> Takes(ServiceView s)
    {
        if (s.TakesAdults) yield return L["TakesAdults"];
        if (s.TakesMinors) yield return L["TakesMinors"];
        if (s.TakesWomen) yield return L["TakesWomen"];
        if (s.TakesMen) yield return L["TakesMen"];
    }

    private async Task SaveAsync()
    {
        var kind = Enum.TryParse<ServiceKind>(_form.Kind, out var parsed) ? parsed : (ServiceKind?)null;
        var outcome = await Directory.SaveAsync(User, _editing, new ServiceInput(_form.Name, kind, _form.RegionCode, _form.Contact,
            _form.TakesAdults, _form.TakesMinors, _form.TakesWomen, _form.TakesMen, _form.Capacity, _form.Agency));
        _errors = outcome.Errors;
        if (outcome.Value is { } saved)
        {
            _message = L["ServiceSaved", saved.Name];
            Clear();
            _services = await Directory.ListAsync(includeRetired: false);
        }
    }

    private void Edit(ServiceView s)
    {
        _editing = s.Id;
        _form = new Form
        {
            Name = s.Name, Kind = s.Kind, RegionCode = s.RegionCode, Contact = s.Contact, TakesAdults = s.TakesAdults,
            TakesMinors = s.TakesMinors, TakesWomen = s.TakesWomen, TakesMen = s.TakesMen, Capacity = s.Capacity, Agency = s.Agency,
        };
    }

    private void Clear()
    {
        _editing = null;
        _form = new Form();
        _errors = new Dictionary<string, string[]>();
    }

    private async Task RetireAsync(ServiceView s)
    {
        if (await Directory.RetireAsync(User, s.Id))
            _message = L["ServiceRetired", s.Name];
        _services = await Directory.ListAsync(includeRetired: false);
    }

    private sealed class Form
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public string? RegionCode { get; set; }
        public string? Contact { get; set; }
        public bool TakesAdults { get; set; } = true;
        public bool TakesMinors { get; set; }
        public bool TakesWomen { get; set; } = true;
        public bool TakesMen { get; set; }
        public int? Capacity { get; set; }
        public string? Agency { get; set; }
    }
}
