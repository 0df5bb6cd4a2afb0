namespace Dashboard.Web.Alerts;

/// <summary>How the alert feed is ordered: open and severest first (the default), or simply the newest raised first.</summary>
public enum AlertSort
{
    Severity,
    Newest,
}
