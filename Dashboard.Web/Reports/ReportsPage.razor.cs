using System.Globalization;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Queries.Reports;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Reports;

/// <summary>/reports: the field reports of the office's working area (or the nation), newest first, for review.</summary>
public sealed partial class ReportsPage
{
    private IReadOnlyList<FieldReportRow>? _rows;
    private int _days = 7;
    private ReportKind? _kind;
    private bool _national, _mayGoNational, _hasArea;
    private FieldReportList.Reach _reach;
    private System.Security.Claims.ClaimsPrincipal _user = new();

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private FieldReportList List { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User;
        _mayGoNational = FieldReportList.MayGoNational(_user);
        _hasArea = _user.HasWorkingArea();
        _national = _mayGoNational && _user.StartsNational();
        await LoadAsync();
    }

    private async Task ChangeDaysAsync(ChangeEventArgs e)
    {
        if (int.TryParse(e.Value?.ToString(), out var days) && FieldReportFilter.DayChoices.Contains(days))
        {
            _days = days;
            await LoadAsync();
        }
    }

    private async Task ChangeKindAsync(ChangeEventArgs e)
    {
        _kind = Enum.TryParse<ReportKind>(e.Value?.ToString(), out var kind) ? kind : null;
        await LoadAsync();
    }

    private async Task ChangeScopeAsync(ChangeEventArgs e)
    {
        _national = e.Value is true;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var answer = await List.ListAsync(_user, _days, _kind?.ToString(), _national ? ViewScope.National : ViewScope.Area, null, CancellationToken.None);
        (_rows, _reach) = (answer.Rows ?? [], answer.Scope);
        _national = _reach == FieldReportList.Reach.National;
    }

    private static string Time(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(7)).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " WIB";

    private string Place(FieldReportRow r) =>
        r.CrossingName ?? r.VillageName ?? r.RegencyName
        ?? L["List.Coordinates", r.Latitude.ToString("0.000", CultureInfo.CurrentCulture), r.Longitude.ToString("0.000", CultureInfo.CurrentCulture)];
}
