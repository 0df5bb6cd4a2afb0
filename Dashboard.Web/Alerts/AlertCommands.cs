using Dashboard.Geo.Domain.Alerts;

namespace Dashboard.Web.Alerts;

/// <summary>The words the API and the UI use for what a person does to an alert.</summary>
public static class AlertCommands
{
    public static IReadOnlyDictionary<string, AlertAction> ByName { get; } = new Dictionary<string, AlertAction>(StringComparer.OrdinalIgnoreCase)
    {
        ["acknowledge"] = AlertAction.Acknowledged,
        ["assign"] = AlertAction.Assigned,
        ["resolve"] = AlertAction.Resolved,
        ["dismiss"] = AlertAction.Dismissed,
        ["comment"] = AlertAction.Commented,
    };

    public static bool TryParse(string? name, out AlertAction action)
    {
        action = default;
        return name is not null && ByName.TryGetValue(name.Trim(), out action);
    }
}
