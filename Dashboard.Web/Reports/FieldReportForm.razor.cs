using System.Globalization;
using System.Security.Claims;
using Dashboard.Geo.Persistence;
using Dashboard.Web.Reports;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Dashboard.Web.Reports;

/// <summary>
/// The field report form, made for a phone. Its idempotency key is made when the form opens and kept until the report
/// is accepted, so a double tap or a resend after a dropped connection is recognised instead of counted twice.
/// </summary>
public sealed partial class FieldReportForm : IAsyncDisposable
{
    private const string ModulePath = "./Reports/FieldReportForm.razor.js";
    private static readonly string[] Kinds = Enum.GetNames<Geo.Domain.Reports.ReportKind>();
    // Until the browser tells its offset, assume Western Indonesian Time, where most reports come from.
    private int _offsetMinutes = 7 * 60;
    private FieldReportInput _form = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyList<(string Code, string Name)> _modi = [];
    private IReadOnlyList<(string Code, string Name)> _crossings = [];
    private IReadOnlyList<VillageChoice> _villages = [];
    private string _idempotencyKey = Guid.NewGuid().ToString();
    private string? _message;
    private bool _accepted;
    private bool _sending;
    // True once the page is live over its circuit: before that a tap on "send" would do nothing useful.
    private bool _ready;
    private bool _disposed;
    private IJSObjectReference? _module;
    private IJSObjectReference? _picker;
    private DotNetObjectReference<FieldReportForm>? _self;
    private ElementReference _page;
    private ElementReference _announce;
    private ElementReference _pinMap;
    private string? _locationMessage;
    private bool _english;

    [Inject] private ReportIntake Intake { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDbContextFactory<GeoDbContext> Contexts { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<ReportStrings> Strings { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _form.ObservedLocal = LocalNow();
        await using var db = await Contexts.CreateDbContextAsync();
        var english = _english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        _modi = (await db.ModiOperandi.Where(m => m.IsActive).OrderBy(m => m.Code).ToListAsync())
            .Select(m => (m.Code, english ? m.NameEn : m.NameId)).ToList();
        _crossings = (await db.BorderCrossings.AsNoTracking().Where(c => c.RetiredAt == null).OrderBy(c => c.Name)
            .Select(c => new { c.Code, c.Name }).ToListAsync()).Select(c => (c.Code, c.Name)).ToList();
        var regencies = await db.Regencies.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name);
        _villages = (await db.AssistedVillages.AsNoTracking().Where(v => v.RetiredAt == null).OrderBy(v => v.Name)
                .Select(v => new { v.VillageCode, v.Name, v.RegencyCode }).ToListAsync())
            .Select(v => new VillageChoice(v.VillageCode, $"{v.Name} — {regencies.GetValueOrDefault(v.RegencyCode, v.RegencyCode)}"))
            .ToList();
    }

    private IReadOnlyList<VillageChoice> _villageSuggestions = [];

    private const int VillageSuggestions = 12;

    /// <summary>The villages whose name or regency holds what was typed (two letters at least), for the list under the field.</summary>
    private void SuggestVillages(ChangeEventArgs e)
    {
        var text = e.Value?.ToString()?.Trim() ?? "";
        _villageSuggestions = text.Length < 2 ? []
            : [.. _villages.Where(v => v.Label.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(VillageSuggestions)];
    }

    /// <summary>An assisted village in the form's list: what is shown, and the code that goes with the report.</summary>
    private sealed record VillageChoice(string Code, string Label);

    /// <summary>The list's label or a typed code gives the code; a name matching no village travels as typed and is refused by name.</summary>
    private string? VillageCodeOf(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (_villages.FirstOrDefault(v => string.Equals(v.Label, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(v.Code, text, StringComparison.OrdinalIgnoreCase)) is { } chosen)
            return chosen.Code;
        // A bare name counts only when one village has it: two "Desa Sungai Kelik" must be told apart by their regency.
        var named = _villages.Where(v => string.Equals(v.Label.Split(" — ")[0], text, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return named.Count == 1 ? named[0].Code : text;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _offsetMinutes = await _module.InvokeAsync<int>("timezoneOffsetMinutes");
            _form.ObservedLocal = LocalNow();
            // Left before the module arrived (a quick tap on another link): no pin map for a page that is gone.
            if (_disposed)
                return;
            _self = DotNetObjectReference.Create(this);
            _picker = await _module.InvokeAsync<IJSObjectReference>("createPinMap", _pinMap, _self);
            _ready = true;
            StateHasChanged();
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task UseMyLocationAsync()
    {
        if (_module is null)
            return;
        _locationMessage = null;
        var position = await _module.InvokeAsync<GeoPosition>("locate");
        if (position.Error is { } error)
        {
            // 1 is the browser's PERMISSION_DENIED: say how to allow it, and that the pin works without it.
            _locationMessage = Strings[error == 1 ? "LocationDenied" : "LocationUnavailable"];
            return;
        }
        (_form.Latitude, _form.Longitude) = (Math.Round(position.Latitude, 5), Math.Round(position.Longitude, 5));
        await PinTypedAsync();
    }

    /// <summary>Called by the small map when the officer taps the place.</summary>
    [JSInvokable]
    public Task OnPinned(double latitude, double longitude) => InvokeAsync(() =>
    {
        (_form.Latitude, _form.Longitude) = (Math.Round(latitude, 5), Math.Round(longitude, 5));
        _locationMessage = null;
        StateHasChanged();
    });

    /// <summary>Moves the pin to the coordinates the GPS gave or the officer typed.</summary>
    private async Task PinTypedAsync()
    {
        if (_picker is null || _form.Latitude is not { } lat || _form.Longitude is not { } lon)
            return;
        try
        {
            await _picker.InvokeVoidAsync("setPin", lat, lon);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task SubmitAsync()
    {
        if (_sending)
            return;
        _sending = true;
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            var sender = user.Sender();
            var result = await Intake.AcceptAsync([ToSubmission()], "", sender, CancellationToken.None);
            _errors = result.Errors;
            if (!result.Accepted)
            {
                (_message, _accepted) = (Strings["Invalid"], false);
                await RevealAsync("focusFirstError");
                return;
            }
            var stored = result.Stored[0];
            (_message, _accepted) = (string.Format(CultureInfo.CurrentCulture, Strings[stored.Duplicate ? "AlreadyAccepted" : "Accepted"], stored.Id), true);
            // Ready for the next report from the same place: keep kind and location, clear what described this one.
            _form = new FieldReportInput { Kind = _form.Kind, Latitude = _form.Latitude, Longitude = _form.Longitude, ObservedLocal = LocalNow() };
            _idempotencyKey = Guid.NewGuid().ToString();
        }
        finally
        {
            _sending = false;
        }
        await RevealAsync("reveal");
    }

    /// <summary>After the render that shows the answer: the confirmation into view and focus, or the first wrong field.</summary>
    private async Task RevealAsync(string what)
    {
        if (_module is null)
            return;
        StateHasChanged();
        await Task.Yield();
        try
        {
            await _module.InvokeVoidAsync(what, what == "reveal" ? _announce : _page);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private ReportSubmission ToSubmission() => new(
        _idempotencyKey,
        _form.Kind,
        _form.Longitude,
        _form.Latitude,
        _form.ObservedLocal is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromMinutes(_offsetMinutes)) : null,
        _form.Category,
        _form.Reliability,
        int.TryParse(_form.Credibility, NumberStyles.Integer, CultureInfo.InvariantCulture, out var credibility) ? credibility : null,
        _form.Text,
        _form.PeopleCount,
        _form.Profile,
        string.IsNullOrEmpty(_form.Modus) ? null : _form.Modus,
        // A name from the list or a code; text that is no country travels as it is and is refused, never cut to two letters.
        DestinationCountries.TryResolve(_form.Destination, out var destination) ? destination : _form.Destination!.Trim(),
        CrossingCode: string.IsNullOrEmpty(_form.CrossingCode) ? null : _form.CrossingCode,
        VillageCode: VillageCodeOf(_form.Village));

    private DateTime LocalNow()
    {
        var now = Clock.GetUtcNow().ToOffset(TimeSpan.FromMinutes(_offsetMinutes)).DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        try
        {
            if (_picker is not null)
            {
                await _picker.InvokeVoidAsync("dispose");
                await _picker.DisposeAsync();
            }
            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        _self?.Dispose();
    }

    /// <summary>What the browser's geolocation answered: a position, or the GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout).</summary>
    private sealed record GeoPosition(double Latitude, double Longitude, int? Error);
}
