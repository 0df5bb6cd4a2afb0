using Dashboard.Geo.Domain.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Cases;

/// <summary>/cases: the register, newest first, filtered by status, regency and period; each list read is audited.</summary>
public sealed partial class CasesPage
{
    private IReadOnlyList<CaseView> _cases = [], _notices = [];
    private string _status = "", _regency = "";
    private DateOnly? _from, _to;
    private bool _ready, _loaded;

    [Inject] private CaseService Cases { get; set; } = default!;

    [Inject] private CaseIssuingNotices Notices { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _notices = await Notices.OpenAsync((await AuthenticationState).User, CancellationToken.None);
        await LoadAsync();
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
        CaseStatus? status = EnumText.TryParse<CaseStatus>(_status, out var s) ? s : null;
        // A regency code is at most "99.99"; anything longer matches nothing and is not worth a query.
        var regency = string.IsNullOrWhiteSpace(_regency) ? null : _regency.Trim() is { Length: <= 16 } r ? r : null;
        var filter = new CaseFilter(status, regency, _from, _to);
        var resource = $"/cases?status={status}&regency={regency}&from={_from:yyyy-MM-dd}&to={_to:yyyy-MM-dd}";
        _cases = await Cases.ListAuditedAsync((await AuthenticationState).User, filter, resource, CancellationToken.None);
        _loaded = true;
    }
}
