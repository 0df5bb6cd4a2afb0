using System.Globalization;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>Chooses which risk run the map shows and which one its changes are measured against.</summary>
public sealed partial class RiskRunPicker
{
    private IReadOnlyList<RiskRunSummary> _runs = [];

    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;
    [Inject] private RiskRunQueries Runs { get; set; } = default!;

    [Parameter] public int? Run { get; set; }

    [Parameter] public int? Compare { get; set; }

    [Parameter] public EventCallback<(int? Run, int? Compare)> Changed { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() =>
        _runs = (await Runs.RecentAsync(30, CancellationToken.None)).Where(r => r.Status == "Succeeded").ToList();

    private Task RunChangedAsync(int? run) => Changed.InvokeAsync((run, Compare));

    private Task CompareChangedAsync(int? compare) => Changed.InvokeAsync((Run, compare));

    private string Describe(RiskRunSummary run) => string.Format(CultureInfo.CurrentCulture, L["RiskRun.Item"],
        run.Id, (run.FinishedAt ?? run.StartedAt).ToLocalTime().ToString("g", CultureInfo.CurrentCulture), run.HotSpotCount);
}
