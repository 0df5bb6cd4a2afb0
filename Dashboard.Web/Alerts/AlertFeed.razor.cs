using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Alerts;

/// <summary>
/// The alert feed: filters by severity, status, province and time; a list that a flood cannot make unreadable (the
/// newest <see cref="MaxShown"/>); a check box per alert for bulk actions.
/// </summary>
public sealed partial class AlertFeed
{
    public const int MaxShown = 150;

    private string _bulkText = "";
    private AlertOutcome? _bulkOutcome;

    [Inject] private IStringLocalizer<LiveStrings> L { get; set; } = default!;

    [Parameter] public IReadOnlyList<AlertSnapshot> Alerts { get; set; } = [];

    [Parameter] public AlertFilter Filter { get; set; } = AlertFilter.All;

    [Parameter] public IReadOnlyList<(string Code, string Name)> Provinces { get; set; } = [];

    [Parameter] public long? SelectedId { get; set; }

    [Parameter] public IReadOnlySet<long> Checked { get; set; } = new HashSet<long>();

    [Parameter] public EventCallback<AlertFilter> FilterChanged { get; set; }

    [Parameter] public AlertSort Sort { get; set; }

    [Parameter] public EventCallback<AlertSort> SortChanged { get; set; }

    [Parameter] public EventCallback<long> Selected { get; set; }

    [Parameter] public EventCallback<IReadOnlySet<long>> CheckedChanged { get; set; }

    [Parameter] public EventCallback<AlertCommand> BulkRequested { get; set; }

    /// <summary>"open" (new, acknowledged or assigned), "" (all) or one status's name.</summary>
    private string StatusChoice => Filter.Statuses.Count switch
    {
        0 => "",
        1 => Filter.Statuses.First().ToString(),
        _ => "open",
    };

    public static IReadOnlySet<AlertStatus> OpenStatuses => AlertStatuses.Open;

    private Task ToggleSeverity(AlertSeverity severity)
    {
        var set = new HashSet<AlertSeverity>(Filter.Severities);
        if (!set.Remove(severity))
            set.Add(severity);
        return FilterChanged.InvokeAsync(Filter with { Severities = set });
    }

    private Task ChangeStatus(ChangeEventArgs e)
    {
        var value = e.Value?.ToString() ?? "";
        IReadOnlySet<AlertStatus> statuses = value switch
        {
            "open" => OpenStatuses,
            "" => new HashSet<AlertStatus>(),
            _ => Enum.TryParse<AlertStatus>(value, out var s) ? new HashSet<AlertStatus> { s } : new HashSet<AlertStatus>(),
        };
        return FilterChanged.InvokeAsync(Filter with { Statuses = statuses });
    }

    private Task ChangeRegion(ChangeEventArgs e)
    {
        var value = e.Value?.ToString();
        return FilterChanged.InvokeAsync(Filter with { ProvinceCode = string.IsNullOrEmpty(value) ? null : value });
    }

    private Task ChangeSort(ChangeEventArgs e) =>
        SortChanged.InvokeAsync(Enum.TryParse<AlertSort>(e.Value?.ToString(), out var sort) ? sort : AlertSort.Severity);

    private Task ChangeHours(ChangeEventArgs e) =>
        FilterChanged.InvokeAsync(Filter with { Hours = int.TryParse(e.Value?.ToString(), out var h) ? h : null });

    private Task Check(long id, ChangeEventArgs e)
    {
        var set = new HashSet<long>(Checked);
        if (e.Value is true)
            set.Add(id);
        else
            set.Remove(id);
        return CheckedChanged.InvokeAsync(set);
    }

    private Task ClearChecked() => CheckedChanged.InvokeAsync(new HashSet<long>());

    private async Task Bulk(AlertAction action)
    {
        var text = string.IsNullOrWhiteSpace(_bulkText) ? null : _bulkText.Trim();
        await BulkRequested.InvokeAsync(action == AlertAction.Assigned
            ? new AlertCommand(action, AssignedTo: text)
            : new AlertCommand(action, Note: text, Outcome: action is AlertAction.Resolved or AlertAction.Dismissed ? _bulkOutcome : null));
        _bulkText = "";
        _bulkOutcome = null;
    }
}
