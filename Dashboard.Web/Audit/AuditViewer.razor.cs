using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Web.Audit;

/// <summary>/admin/audit: the audit log for administrators, filtered and paged, exported as CSV, its chain checked.</summary>
public sealed partial class AuditViewer
{
    public const int PageSize = 50;

    private AuditResults _results = new(0, 1, PageSize, []);
    private string? _user, _agency, _action, _outcome;
    private DateTime? _from, _to;
    private int _page = 1;
    private AuditVerification? _verification;
    private bool _interactive;

    [Inject]
    private AuditTrail Trail { get; set; } = default!;

    [Inject]
    private AuditVerifier Verifier { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    private int PageCount => Math.Max(1, (_results.Total + PageSize - 1) / PageSize);

    private AuditFilter Filter => new(_user, _agency, _action, _outcome,
        _from is { } f ? DateOnly.FromDateTime(f) : null, _to is { } t ? DateOnly.FromDateTime(t) : null);

    /// <summary>The export is a download from the API with the same filter, so it is audited as an export there.</summary>
    private string ExportHref
    {
        get
        {
            var filter = Filter;
            var query = new Dictionary<string, string?>
            {
                ["user"] = filter.User, ["agency"] = filter.Agency, ["action"] = filter.Action, ["outcome"] = filter.Outcome,
                ["from"] = filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["to"] = filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }.Where(p => !string.IsNullOrWhiteSpace(p.Value));
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("api/admin/audit/export.csv", query);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync() => _results = await Trail.PageAsync(User, Filter, _page, PageSize, CancellationToken.None);

    private async Task FilterAsync(Action change)
    {
        change();
        _page = 1;
        await LoadAsync();
    }

    private async Task PageAsync(int page)
    {
        _page = page;
        await LoadAsync();
    }

    private async Task VerifyAsync() => _verification = await Verifier.VerifyAsync(CancellationToken.None);

    private static Color ColorOf(string outcome) => outcome switch
    {
        AuditOutcome.Refused => Color.Warning,
        AuditOutcome.Failed => Color.Error,
        _ => Color.Default,
    };
}
