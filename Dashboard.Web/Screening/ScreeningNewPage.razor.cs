using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>/screenings/new: a checkpoint officer records one screened traveller on a phone, then the next of the group.</summary>
public sealed partial class ScreeningNewPage
{
    private IReadOnlyList<(string Code, string Name)> _crossings = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private ScreeningForm _form = new();
    private ScreeningView? _saved;
    private string? _message;
    private bool _ready, _saving, _english;

    [Inject]
    private ScreeningDesk Desk { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        _english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        User = (await AuthenticationState).User;
        _crossings = await Desk.CrossingsAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private static void Toggle<T>(HashSet<T> set, T value, ChangeEventArgs e)
    {
        if (e.Value is true)
            set.Add(value);
        else
            set.Remove(value);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            // A name the list offers ("Malaysia (MY)") or a code; anything else goes as typed and is refused by name.
            var destination = DestinationCountries.TryResolve(_form.Destination, out var code) ? code : _form.Destination;
            var outcome = await Desk.RecordAsync(User, _form.ToInput(destination));
            _errors = outcome.Errors;
            _saved = outcome.Screening;
            _message = outcome.Succeeded ? L[outcome.Duplicate ? "SavedAgain" : "Saved"].Value : L["FixErrors"].Value;
        }
        finally
        {
            _saving = false;
        }
    }

    private void SameGroup() => Reset(_form.NextOfGroup());

    private void NewOne() => Reset(new ScreeningForm { Crossing = _form.Crossing });

    private void Reset(ScreeningForm form)
    {
        _form = form;
        _saved = null;
        _message = null;
        _errors = new Dictionary<string, string[]>();
    }
}
