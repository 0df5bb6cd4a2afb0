using System.Security.Claims;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Screening;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>
/// /interviews: a passport office records an applicant's interview (the identity number is hashed at once and the field
/// cleared) and sees the repeat-applicant alerts that concern it.
/// </summary>
public sealed partial class InterviewsPage
{
    private IReadOnlyList<RepeatApplicantAlertView> _alerts = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _identityNumber, _age, _sex, _message;
    private InterviewOutcome? _outcome;
    private Guid _id = Guid.NewGuid();
    private bool _ready, _alerted;

    [Inject]
    private InterviewDesk Desk { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    // Read once interactive, not also while prerendering: every list is audited.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        User = (await AuthenticationState).User;
        _alerts = await Desk.AlertsAsync(User);
        _ready = true;
        StateHasChanged();
    }

    private async Task SaveAsync()
    {
        var outcome = await Desk.RecordAsync(User, new InterviewInput(_id, _identityNumber,
            Enum.TryParse<AgeGroup>(_age, out var age) ? age : null, Enum.TryParse<Sex>(_sex, out var sex) ? sex : null,
            null, null, [], _outcome));
        _errors = outcome.Errors;
        if (outcome.Value is not { } saved)
            return;
        _alerted = saved.RepeatAlerts > 0;
        _message = _alerted ? L["InterviewSavedAlert"] : L["InterviewSaved"];
        _id = Guid.NewGuid();
        _identityNumber = _age = _sex = null;
        _outcome = null;
        _alerts = await Desk.AlertsAsync(User);
    }
}
