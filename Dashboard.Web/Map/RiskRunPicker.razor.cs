using System.Globalization;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Resources;
using Dashboard.Web.Disclosure;
using Dashboard.Web.RiskMap;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>Chooses which risk run the map shows and which one its changes are measured against.</summary>
public sealed partial class RiskRunPicker
{
    private IReadOnlyList<RiskRunSummary> _runs = [];
    private bool _aggregatesOnly;
    private PublishedRiskRun? _published;

    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;
    [Inject] private RiskRunQueries Runs { get; set; } = default!;
    [Inject] private PublishedRisk Published { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Parameter] public int? Run { get; set; }

    [Parameter] public int? Compare { get; set; }

    [Parameter] public EventCallback<(int? Run, int? Compare)> Changed { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    // Other agencies see the published run only: a list of runs, each an hour apart, would date every report.
    private async Task LoadAsync()
    {
        _aggregatesOnly = DisclosureService.AggregatesOnly((await Authentication.GetAuthenticationStateAsync()).User);
        if (_aggregatesOnly)
            _published = (await Published.RunsAsync(CancellationToken.None)).FirstOrDefault();
        else
            _runs = RiskRunChoices.Distinct(await Runs.RecentAsync(200, CancellationToken.None), 30);
    }

    private string DescribePublished(PublishedRiskRun run) => string.Format(CultureInfo.CurrentCulture, L["RiskRun.Published"],
        run.Id, run.PublishedAt.ToOffset(TimeSpan.FromHours(7)).ToString("g", CultureInfo.CurrentCulture), L[$"RiskRun.Schedule.{run.Schedule}"]);

    private Task RunChangedAsync(int? run) => Changed.InvokeAsync((run, Compare));

    private Task CompareChangedAsync(int? compare) => Changed.InvokeAsync((Run, compare));

    private string Describe(RiskRunSummary run) => string.Format(CultureInfo.CurrentCulture, L["RiskRun.Item"],
        run.Id, (run.FinishedAt ?? run.StartedAt).ToOffset(TimeSpan.FromHours(7)).ToString("g", CultureInfo.CurrentCulture), run.HotSpotCount);
}
