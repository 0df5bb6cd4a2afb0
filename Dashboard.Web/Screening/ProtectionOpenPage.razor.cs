using System.Security.Claims;
using Dashboard.Geo.Screening;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>
/// /screenings/{id}/protection: opens the protection record of a potential victim from their screening, with the art. 86
/// statement and consent; a record already open for the screening is shown instead.
/// </summary>
public sealed partial class ProtectionOpenPage
{
    private readonly HashSet<ScreeningIndicator> _indicators = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private ScreeningView? _screening;
    private ConsentNoted? _consent;
    private bool _statement, _ready, _saving;
    private readonly Guid _id = Guid.NewGuid();

    [Parameter]
    public Guid ScreeningId { get; set; }

    [Inject]
    private ScreeningDesk Screenings { get; set; } = default!;

    [Inject]
    private ProtectionDesk Protection { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        User = (await AuthenticationState).User;
        _screening = await Screenings.FindAsync(User, ScreeningId);
        if (_screening?.ProtectionRecordId is { } open)
        {
            Navigation.NavigateTo($"protection/{open}");
            return;
        }
        foreach (var indicator in _screening?.Indicators ?? [])
            if (Enum.TryParse<ScreeningIndicator>(indicator, out var parsed))
                _indicators.Add(parsed);
        _ready = true;
        StateHasChanged();
    }

    private void Toggle(ScreeningIndicator indicator, ChangeEventArgs e)
    {
        if (e.Value is true)
            _indicators.Add(indicator);
        else
            _indicators.Remove(indicator);
    }

    private async Task OpenAsync()
    {
        _saving = true;
        try
        {
            var outcome = await Protection.OpenAsync(User, new ProtectionInput(_id, ScreeningId, [.. _indicators], _statement, _consent));
            _errors = outcome.Errors;
            if (outcome.Value is { } record)
                Navigation.NavigateTo($"protection/{record.Id}");
        }
        finally
        {
            _saving = false;
        }
    }
}
