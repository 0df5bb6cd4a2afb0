using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Screening;

/// <summary>/screenings: the office's screenings (headquarters: all), newest first, by crossing and dates; each load is audited.</summary>
public sealed partial class ScreeningListPage
{
    private IReadOnlyList<(string Code, string Name)> _crossings = [];
    private IReadOnlyList<ScreeningView> _screenings = [];
    private string? _crossing;
    private DateOnly? _from, _to;

    private string ExportHref =>
        "api/screenings/export.csv?" + string.Join("&", new[]
        {
            _crossing is { Length: > 0 } c ? $"crossing={Uri.EscapeDataString(c)}" : null,
            _from is { } f ? $"from={f:yyyy-MM-dd}" : null,
            _to is { } t ? $"to={t:yyyy-MM-dd}" : null,
        }.OfType<string>());
    private bool _ready;

    [Inject]
    private ScreeningDesk Desk { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ClaimsPrincipal User { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        _crossings = await Desk.CrossingsAsync();
    }

    // Loaded once interactive, not also while prerendering: every load is an audited read.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        await LoadAsync();
        _ready = true;
        StateHasChanged();
    }

    private async Task LoadAsync() =>
        _screenings = await Desk.ListAsync(User, new ScreeningFilter(_crossing, _from, _to),
            $"page /screenings crossing={_crossing} from={_from:yyyy-MM-dd} to={_to:yyyy-MM-dd}");
}
