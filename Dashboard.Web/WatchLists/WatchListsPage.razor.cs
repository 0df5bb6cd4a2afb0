using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.WatchLists;

/// <summary>/admin/watch-lists: the thresholds in force with the form for a new version, their history, and the modus catalogue.</summary>
public sealed partial class WatchListsPage
{
    private WatchListsView? _view;
    private string _destinations = "", _note = "", _modusCode = "", _modusNameId = "", _modusNameEn = "";
    private int _clusterSize, _windowHours, _reportHours, _caseDays, _warningDays;
    private double _distanceKm, _credibleWeight;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>(), _modusErrors = new Dictionary<string, string[]>();
    private string? _message;
    private bool _busy;

    [Inject] private WatchListDesk Desk { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        var current = _view!.Current;
        (_destinations, _clusterSize, _windowHours, _distanceKm, _credibleWeight) = (string.Join(", ", current.WatchedDestinations),
            current.OffloadingClusterSize, current.OffloadingWindowHours, current.RatRouteDistanceKm, current.CredibleWeight);
        (_reportHours, _caseDays, _warningDays) = (current.ReportLookbackHours, current.CaseLookbackDays, current.EarlyWarningLookbackDays);
    }

    private async Task LoadAsync() => _view = await Desk.ReadAsync();

    private string VersionSource(ThresholdsView v) => v.Version == 0 ? L["FromConfiguration"] : v.ChangedBy;

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var destinations = _destinations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (saved, errors) = await Desk.SaveAsync((await AuthenticationState).User,
                new ThresholdsInput(destinations, _clusterSize, _windowHours, _distanceKm, _credibleWeight, _note, _reportHours, _caseDays, _warningDays));
            _errors = errors;
            if (saved is null)
            {
                _message = L["NotSaved"];
                return;
            }
            (_message, _note) = (L["Saved", saved.Version], "");
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AddModusAsync()
    {
        _busy = true;
        try
        {
            var (added, errors) = await Desk.AddModusAsync((await AuthenticationState).User, new ModusInput(_modusCode, _modusNameId, _modusNameEn));
            _modusErrors = errors;
            if (added is not null)
            {
                (_modusCode, _modusNameId, _modusNameEn, _message) = ("", "", "", L["ModusAdded", added.Code]);
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ToggleModusAsync(ModusView modus)
    {
        _busy = true;
        try
        {
            await Desk.SetModusActiveAsync((await AuthenticationState).User, modus.Code, !modus.Active);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
