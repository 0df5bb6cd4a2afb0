namespace Dashboard.Web.Alerts;

/// <summary>
/// POST /api/alerts/{id}/actions and /api/alerts/actions: action is acknowledge, assign, resolve, dismiss or comment;
/// assign needs assignedTo, resolve, dismiss and comment need a note; resolve needs an outcome (victims-intercepted,
/// case-opened, referred, patrol-found-activity, no-finding, false-alarm, duplicate), dismiss may give one.
/// The bulk form names the alerts in ids.
/// </summary>
public sealed record AlertActionRequest(string? Action, string? Note, string? AssignedTo, long[]? Ids, string? Outcome = null);
