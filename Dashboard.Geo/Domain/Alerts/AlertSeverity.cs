namespace Dashboard.Geo.Domain.Alerts;

/// <summary>How urgently headquarters should look. Critical alerts pulse on the map and sound in the live view.</summary>
public enum AlertSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
