namespace Dashboard.Geo.Domain.Alerts;

/// <summary>One source for "open": the statuses of an alert that someone still has to deal with.</summary>
public static class AlertStatuses
{
    public static IReadOnlySet<AlertStatus> Open { get; } = new HashSet<AlertStatus> { AlertStatus.New, AlertStatus.Acknowledged, AlertStatus.Assigned };

    /// <summary>The open statuses as a SQL list of their numbers, for queries written by hand.</summary>
    public static string OpenSqlList { get; } = string.Join(", ", Open.Select(s => (int)s).Order());
}
