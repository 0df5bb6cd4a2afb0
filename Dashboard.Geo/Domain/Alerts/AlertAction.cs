namespace Dashboard.Geo.Domain.Alerts;

/// <summary>What happened to an alert, as its audit trail records it.</summary>
public enum AlertAction
{
    Raised = 1,

    /// <summary>A rule found more evidence for an alert that was still open.</summary>
    EvidenceAdded = 2,

    Acknowledged = 3,
    Assigned = 4,
    Resolved = 5,
    Dismissed = 6,
    Commented = 7,
}
