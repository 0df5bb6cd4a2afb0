using Dashboard.Web.Identity;
using Dashboard.Web.Crossings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Villages;

public sealed partial class VillagePage
{
    private VillageDetails? _details;
    private IReadOnlyList<Mentor> _mentors = [];
    private SessionForm _session = new();
    private string? _newMentor;
    private string? _retireReason;
    private string? _message;
    private bool _loaded;
    private bool _interactive;
    private bool _ready => _loaded && _interactive;
    private bool _sessionOpen = true;
    private IDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Parameter] public string Code { get; set; } = "";

    [Inject] private VillageService Villages { get; set; } = default!;
    [Inject] private MentorDirectory Mentors { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _session = new SessionForm { HeldOn = Villages.Today };
        await LoadAsync();
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        if (user.IsInRole(Identity.Roles.Administrator) || user.IsInRole(Identity.Roles.HqAnalyst))
            _mentors = await Mentors.ListAsync(CancellationToken.None);
        _loaded = true;
    }

    /// <summary>Ready once loaded and interactive: the prerendered page cannot take clicks yet.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_interactive)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync() => _details = await Villages.DetailsAsync(Code, CancellationToken.None);

    private void TogglePartner(string partner, ChangeEventArgs e)
    {
        if (e.Value is true)
            _session.Partners.Add(partner);
        else
            _session.Partners.Remove(partner);
    }

    private async Task<string> UserAsync() => CrossingsRegistration.UserName((await Auth.GetAuthenticationStateAsync()).User);

    private async Task<MasterDataEditor> EditorAsync() => MasterDataEditor.Of((await Auth.GetAuthenticationStateAsync()).User);

    private string Failed(int status) => status == StatusCodes.Status403Forbidden ? L["Error.OutsideArea"] : L["NotSaved"];

    private async Task LogAsync()
    {
        var outcome = await Villages.LogSessionAsync(Code, _session.ToDraft(), await UserAsync(), CancellationToken.None);
        _errors = outcome.Errors;
        if (!outcome.Succeeded)
        {
            _message = L["NotSaved"];
            return;
        }
        _message = L["Session.Saved"];
        _session = new SessionForm { HeldOn = Villages.Today };
        await LoadAsync();
    }

    private async Task ReassignAsync()
    {
        var outcome = await Villages.ReassignAsync(Code, _newMentor, null, await EditorAsync(), CancellationToken.None);
        _errors = outcome.Errors;
        _message = outcome.Succeeded ? string.Format(L["Village.Reassigned"], outcome.Value!.Mentor) : Failed(outcome.Status);
        await LoadAsync();
    }

    private async Task RetireAsync()
    {
        var outcome = await Villages.RetireAsync(Code, _retireReason, await EditorAsync(), CancellationToken.None);
        _errors = outcome.Errors;
        _message = outcome.Succeeded ? L["Village.RetiredMessage"] : Failed(outcome.Status);
        await LoadAsync();
    }
}
