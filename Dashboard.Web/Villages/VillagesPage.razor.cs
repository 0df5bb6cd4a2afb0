using Dashboard.Web.Identity;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Villages;
using Dashboard.Web.Crossings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Villages;

public sealed partial class VillagesPage
{
    private IReadOnlyList<VillageView> _villages = [];
    private IReadOnlyList<Mentor> _mentors = [];
    private VillageForm? _form;
    private bool _showRetired;
    private bool _ready;
    private string? _message;
    private IDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Inject] private VillageService Villages { get; set; } = default!;
    [Inject] private MentorDirectory Mentors { get; set; } = default!;
    [Inject] private VillageImporter VillageImporter { get; set; } = default!;
    [Inject] private SessionImporter SessionImporter { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
    }

    /// <summary>Ready once interactive: the prerendered page cannot take clicks yet.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_ready)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync() => _villages = await Villages.ListAsync(_showRetired, CancellationToken.None);

    private async Task NewAsync()
    {
        _mentors = await Mentors.ListAsync(CancellationToken.None);
        _form = new VillageForm { LaunchedOn = Villages.Today };
        _errors = new Dictionary<string, string[]>();
        _message = null;
    }

    private void OnVillagePicked(GazetteerHit? hit)
    {
        if (_form is not null)
            _form.Village = hit;
    }

    private void OnPicked((double Longitude, double Latitude) at)
    {
        if (_form is null)
            return;
        _form.Longitude = at.Longitude;
        _form.Latitude = at.Latitude;
    }

    private async Task RegisterAsync()
    {
        if (_form is null)
            return;
        var user = MasterDataEditor.Of((await Auth.GetAuthenticationStateAsync()).User);
        var outcome = await Villages.RegisterAsync(new VillageDraft(_form.Village?.Code, _form.Longitude, _form.Latitude,
            _form.LaunchedOn, _form.DecreeNumber, string.IsNullOrEmpty(_form.MentorUserId) ? null : _form.MentorUserId, null), user, CancellationToken.None);
        _errors = outcome.Errors;
        if (!outcome.Succeeded)
        {
            _message = outcome.Status == StatusCodes.Status403Forbidden ? L["Error.OutsideArea"] : L["NotSaved"];
            return;
        }
        Navigation.NavigateTo($"villages/{outcome.Value!.VillageCode}");
    }
}
