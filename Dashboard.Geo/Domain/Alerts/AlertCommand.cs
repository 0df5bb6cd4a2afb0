namespace Dashboard.Geo.Domain.Alerts;

/// <summary>
/// What a person asks to do with an alert. Assign needs an assignee; resolve, dismiss and comment need a note;
/// resolve also needs its outcome, and dismiss may name one (a false alarm, a duplicate).
/// </summary>
public sealed record AlertCommand(AlertAction Action, string? Note = null, string? AssignedTo = null, AlertOutcome? Outcome = null);
