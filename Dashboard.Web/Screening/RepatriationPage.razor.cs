using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Dashboard.Geo.Screening;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>/repatriations/{id}: one return's steps; the holding office records the hand-over, the issuing office acknowledges its notice.</summary>
public sealed partial class RepatriationPage
{
    private RepatriationView? _record;
    private IReadOnlyList<ServiceView> _services = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _kind, _note, _message;
    private int? _serviceId;
    private bool _ready, _saving, _failed, _mayHandOver, _mayAcknowledge;
    private readonly bool _english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private RepatriationDesk Desk { get; set; } = default!;

    [Inject]
    private ServiceDirectory Directory { get; set; } = default!;

    [Inject]
    private Microsoft.AspNetCore.Authorization.IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        await LoadAsync();
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

    private async Task LoadAsync()
    {
        _record = await Desk.FindAsync(User, Id);
        if (_record is { } r)
        {
            var screens = (await Authorization.AuthorizeAsync(User, Policies.ScreenTravellers)).Succeeded;
            _mayHandOver = screens && User.WorksFor(r.OfficeCode, r.RecordedBy);
            _mayAcknowledge = r.IssuingOfficeCode is not null && (User.IsHeadquarters() || User.OfficeCode() == r.IssuingOfficeCode);
        }
    }

    private string HandOverLabel(RepatriationView r) =>
        r.HandOverKind == nameof(HandOverKind.Service) && r.HandOverServiceName is { } name ? name : L[$"HandOverKind.{r.HandOverKind}"];

    private async Task HandOverAsync()
    {
        _saving = true;
        try
        {
            HandOverKind? kind = Enum.TryParse<HandOverKind>(_kind, out var k) ? k : null;
            var outcome = await Desk.HandOverAsync(User, Id, new HandOverInput(kind, _serviceId, null, _note));
            Show(outcome, "HandOverSaved");
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task AcknowledgeAsync()
    {
        _saving = true;
        try
        {
            Show(await Desk.AcknowledgeAsync(User, Id), "NoticeAcknowledged");
        }
        finally
        {
            _saving = false;
        }
    }

    private void Show(DeskOutcome<RepatriationView> outcome, string done)
    {
        _errors = outcome.Errors;
        _failed = !outcome.Succeeded;
        _message = outcome.Succeeded ? L[done].Value : outcome.Errors.Values.SelectMany(v => v).FirstOrDefault() ?? L["FixErrors"].Value;
        if (outcome.Value is { } value)
        {
            _record = value;
            _mayAcknowledge = value.IssuingOfficeCode is not null && (User.IsHeadquarters() || User.OfficeCode() == value.IssuingOfficeCode);
        }
    }
}
