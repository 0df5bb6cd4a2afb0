namespace Dashboard.Geo.Domain.Alerts;

/// <summary>What a person asks to do with an alert. Assign needs an assignee; resolve, dismiss and comment need a note.</summary>
public sealed record AlertCommand(AlertAction Action, string? Note = null, string? AssignedTo = null);
