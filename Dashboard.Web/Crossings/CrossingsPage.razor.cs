using Dashboard.Web.Identity;
using System.Security.Claims;
using Dashboard.Geo.Gazetteer;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Dashboard.Web.Resources;

namespace Dashboard.Web.Crossings;

public sealed partial class CrossingsPage
{
    private IReadOnlyList<CrossingView> _crossings = [];
    private CrossingForm? _form;
    private string? _editing;
    private string? _retiring;
    private string? _retireReason;
    private bool _showRetired;
    private bool _ready;
    private string? _message;
    private IDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Inject] private CrossingService Crossings { get; set; } = default!;
    [Inject] private CrossingImporter Importer { get; set; } = default!;
    [Inject] private GazetteerLookup Gazetteer { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

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

    private async Task LoadAsync() => _crossings = await Crossings.ListAsync(_showRetired, CancellationToken.None);

    private void New()
    {
        _form = new CrossingForm();
        _editing = null;
        _errors = new Dictionary<string, string[]>();
        _message = null;
    }

    private async Task EditAsync(CrossingView c)
    {
        _form = CrossingForm.Of(c, await Gazetteer.FindAsync(c.RegencyCode, CancellationToken.None));
        _editing = c.Code;
        _errors = new Dictionary<string, string[]>();
    }

    private void Cancel()
    {
        _form = null;
        _editing = null;
    }

    private void OnPicked((double Longitude, double Latitude) at)
    {
        if (_form is null)
            return;
        _form.Longitude = at.Longitude;
        _form.Latitude = at.Latitude;
    }

    private async Task SaveAsync()
    {
        if (_form is null)
            return;
        var user = await EditorAsync();
        var outcome = _editing is null
            ? await Crossings.CreateAsync(_form.ToDraft(), user, CancellationToken.None)
            : await Crossings.UpdateAsync(_editing, _form.ToDraft(), user, CancellationToken.None);
        _errors = outcome.Errors;
        if (!outcome.Succeeded)
        {
            _message = outcome.Status == StatusCodes.Status403Forbidden ? L["Error.OutsideArea"] : L["NotSaved"];
            return;
        }
        _message = string.Format(L["Crossings.Saved"], outcome.Value!.Name);
        _form = null;
        _editing = null;
        await LoadAsync();
    }

    private void AskRetire(CrossingView c)
    {
        _retiring = c.Code;
        _retireReason = null;
    }

    private async Task RetireAsync(CrossingView c)
    {
        var outcome = await Crossings.RetireAsync(c.Code, _retireReason, await EditorAsync(), CancellationToken.None);
        _errors = outcome.Errors;
        if (!outcome.Succeeded)
        {
            _message = outcome.Status == StatusCodes.Status403Forbidden ? L["Error.OutsideArea"].Value : null;
            return;
        }
        _retiring = null;
        _message = string.Format(L["Crossings.RetiredMessage"], c.Name);
        await LoadAsync();
    }

    private async Task<MasterDataEditor> EditorAsync() => MasterDataEditor.Of((await Auth.GetAuthenticationStateAsync()).User);
}
