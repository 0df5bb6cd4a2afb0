namespace Dashboard.Web.Reports;

/// <summary>
/// Who files a report: the name and agency the report shows, and the account (its user name) that filed it, so "my
/// reports" never depends on a display name that two people may share or an administrator may change. The demo feed
/// has no account.
/// </summary>
public sealed record ReportSender(string Officer, string Agency, string? Account);
