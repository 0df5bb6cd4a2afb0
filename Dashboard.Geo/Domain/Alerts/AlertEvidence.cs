namespace Dashboard.Geo.Domain.Alerts;

/// <summary>
/// One record an alert rests on: a field report, a case, an early-warning breach, a rat route or a crossing. Only the
/// kind and id are kept; whoever opens it sees the record under their own access rights.
/// </summary>
public sealed class AlertEvidence
{
    public const string Report = "report";
    public const string Case = "case";
    public const string EarlyWarning = "early-warning";
    public const string RatRoute = "rat-route";
    public const string Crossing = "crossing";
    public const string TimporaMessage = "timpora-message";
    public const string RepeatApplicant = "repeat-applicant";
    public const string TimporaActionItem = "timpora-action-item";

    public required string Kind { get; set; }

    public long Id { get; set; }
}
