using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>/repatriations: the returns an office holds, and first the notices for the passports it issued.</summary>
public sealed partial class RepatriationsPage
{
    private IReadOnlyList<RepatriationView> _returns = [];
    private IReadOnlyList<RepatriationView> _notices = [];
    private bool _ready;

    [Inject]
    private RepatriationDesk Desk { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        var all = await Desk.ListAsync(user, "/repatriations");
        var office = Dashboard.Web.Identity.OfficeScope.OfficeCode(user);
        _notices = [.. all.Where(r => r.IssuingOfficeCode is not null && r.IssuingOfficeCode == office && r.NoticeAcknowledgedAt is null)];
        _returns = all;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private string ProfileOf(RepatriationView r) =>
        $"{L[$"AgeGroup.{r.AgeGroup}"]} · {L[$"Sex.{r.Sex}"]} · {(r.GroupSize == 1 ? L["Alone"] : L["Group", r.GroupSize])} · {L["ReturnedFrom", Dashboard.Web.Reports.DestinationCountries.Name(r.FromCountry, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")]}";
}
