using System.Globalization;
using Dashboard.Geo.Domain.Cases;
using Microsoft.AspNetCore.Components;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Cases;

/// <summary>/cases/{id}: one case, its victims, events and history, and the status change with its reason.</summary>
public sealed partial class CaseDetailPage
{
    private CaseView? _case;
    private IReadOnlyList<CaseChangeView> _history = [];
    private string? _crossing, _route, _modus, _issuing, _reason;
    private string _newStatus = "";
    private IReadOnlyDictionary<string, string[]> _statusErrors = new Dictionary<string, string[]>();
    private bool _ready, _loaded, _busy, _mayAcknowledge, _inArea;

    [Parameter] public long Id { get; set; }

    [Inject] private CaseService Cases { get; set; } = default!;

    [Inject] private CaseRegister Register { get; set; } = default!;

    [Inject] private CaseChoices Choices { get; set; } = default!;

    [Inject] private CaseIssuingNotices Notices { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private CaseStatus Current => EnumText.TryParse<CaseStatus>(_case?.Status, out var s) ? s : CaseStatus.Active;

    protected override Task OnParametersSetAsync() => LoadAsync();

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
        var user = (await AuthenticationState).User;
        var found = await Cases.ReadAuditedAsync(user, Id, CancellationToken.None);
        if (found is not null)
        {
            (_crossing, _route, _modus, _issuing) = await Choices.NamesAsync(found, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en", CancellationToken.None);
            _history = await Register.HistoryAsync(user, Id, CancellationToken.None) ?? [];
        }
        _case = found;
        // The issuing office reads the case for its notice; editing stays with the office whose area it comes from.
        _inArea = found is not null && (CaseActor.Area(user) is not { } area || area.Contains(found.RegencyCode));
        _mayAcknowledge = found is { IssuingNoticeAcknowledgedAt: null, IssuingOffice: { } office } && user.OfficeCode() == office;
        _loaded = true;
    }

    private IEnumerable<string> Controls(string value) =>
        Enum.TryParse<MeansOfControl>(value, out var all)
            ? Enum.GetValues<MeansOfControl>().Where(m => m != MeansOfControl.None && all.HasFlag(m)).Select(m => L[$"Control.{m}"].Value)
            : [];

    private async Task AcknowledgeAsync()
    {
        _busy = true;
        try
        {
            var (_, acknowledged) = await Notices.AcknowledgeAsync((await AuthenticationState).User, Id, CancellationToken.None);
            if (acknowledged is not null)
                (_case, _mayAcknowledge) = (acknowledged, acknowledged.IssuingNoticeAcknowledgedAt is null);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ChangeStatusAsync()
    {
        _busy = true;
        try
        {
            var result = await Register.ChangeStatusAsync((await AuthenticationState).User, Id, new CaseStatusInput(_newStatus, _reason), CancellationToken.None);
            _statusErrors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
            if (result.Outcome == CaseWriteOutcome.Updated)
            {
                (_newStatus, _reason) = ("", null);
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
