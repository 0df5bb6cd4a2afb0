namespace Dashboard.Web.Alerts;

/// <summary>The values of the alert list's <c>scope</c>: an office's working area, or the nation.</summary>
public static class Scopes
{
    public const string Area = "area";
    public const string National = "national";
}
