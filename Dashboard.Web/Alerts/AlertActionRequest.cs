namespace Dashboard.Web.Alerts;

/// <summary>
/// POST /api/alerts/{id}/actions and /api/alerts/actions: action is acknowledge, assign, resolve, dismiss or comment;
/// assign needs assignedTo, resolve, dismiss and comment need a note. The bulk form names the alerts in ids.
/// </summary>
public sealed record AlertActionRequest(string? Action, string? Note, string? AssignedTo, long[]? Ids);
