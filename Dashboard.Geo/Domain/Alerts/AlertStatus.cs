namespace Dashboard.Geo.Domain.Alerts;

/// <summary>Where an alert is in its life: new → acknowledged → assigned → resolved or dismissed.</summary>
public enum AlertStatus
{
    New = 1,
    Acknowledged = 2,
    Assigned = 3,
    Resolved = 4,
    Dismissed = 5,
}
