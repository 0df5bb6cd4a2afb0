using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Accounts;
using Dashboard.Web.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>/repatriations/new: an officer at the arrival point records a return announced by a mission abroad.</summary>
public sealed partial class RepatriationNewPage
{
    private IReadOnlyList<(string Code, string Name)> _crossings = [];
    private IReadOnlyList<Office> _offices = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private readonly RepatriationForm _form = new();
    private RepatriationView? _saved;
    private string? _message;
    private bool _ready, _saving, _english;

    [Inject]
    private RepatriationDesk Desk { get; set; } = default!;

    [Inject]
    private ScreeningDesk Screenings { get; set; } = default!;

    [Inject]
    private OfficeDirectory Offices { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        _english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        User = (await AuthenticationState).User;
        _crossings = await Screenings.CrossingsAsync();
        _offices = await Offices.ListAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var country = DestinationCountries.TryResolve(_form.FromCountry, out var code) ? code : _form.FromCountry;
            var outcome = await Desk.RecordAsync(User, _form.ToInput(country));
            _errors = outcome.Errors;
            _saved = outcome.Value;
            _message = outcome.Succeeded ? L[outcome.Created ? "RepatriationSaved" : "SavedAgain"].Value : L["FixErrors"].Value;
        }
        finally
        {
            _saving = false;
        }
    }
}
