namespace Dashboard.Geo.Domain.Alerts;

/// <summary>
/// The rules of an alert's life: new → acknowledged → assigned → resolved or dismissed, a comment at any step, and a
/// closed alert stays closed. Applying a command changes the alert and appends the audit line, or says why it cannot.
/// </summary>
public static class AlertLifecycle
{
    public const int MaxNoteLength = 2000;
    public const int MaxAssigneeLength = 200;

    /// <summary>Null when the command may be applied; otherwise the reason, in English, for problem details and logs.</summary>
    public static AlertRefusal? Check(Alert alert, AlertCommand command)
    {
        if (command.Note is { Length: > MaxNoteLength })
            return new AlertRefusal(AlertRefusalKind.Invalid, $"the note is longer than {MaxNoteLength} characters.");
        if (command.Outcome is { } given && (!Enum.IsDefined(given) || command.Action is not (AlertAction.Resolved or AlertAction.Dismissed)))
            return new AlertRefusal(AlertRefusalKind.Invalid, "an outcome is only recorded when an alert is resolved or dismissed.", "outcome");
        switch (command.Action)
        {
            case AlertAction.Commented:
                return string.IsNullOrWhiteSpace(command.Note) ? new AlertRefusal(AlertRefusalKind.Invalid, "a comment needs text.") : null;
            case AlertAction.Acknowledged:
                return alert.Status == AlertStatus.New ? null : Conflict(alert, "acknowledged");
            case AlertAction.Assigned:
                if (string.IsNullOrWhiteSpace(command.AssignedTo))
                    return new AlertRefusal(AlertRefusalKind.Invalid, "an assignment needs an office or a person (assignedTo).");
                if (command.AssignedTo.Length > MaxAssigneeLength)
                    return new AlertRefusal(AlertRefusalKind.Invalid, $"assignedTo is longer than {MaxAssigneeLength} characters.");
                return alert.IsOpen ? null : Conflict(alert, "assigned");
            case AlertAction.Resolved:
            case AlertAction.Dismissed:
                if (string.IsNullOrWhiteSpace(command.Note))
                    return new AlertRefusal(AlertRefusalKind.Invalid, "a reason (note) is required to resolve or dismiss an alert.");
                if (!alert.IsOpen)
                    return Conflict(alert, command.Action == AlertAction.Resolved ? "resolved" : "dismissed");
                return command.Action == AlertAction.Resolved && command.Outcome is null
                    ? new AlertRefusal(AlertRefusalKind.Invalid,
                        $"resolving an alert records what followed (outcome): one of {string.Join(", ", AlertOutcomes.ByName.Keys)}.", "outcome")
                    : null;
            default:
                return new AlertRefusal(AlertRefusalKind.Invalid, $"'{command.Action}' is not something a person can do to an alert.");
        }
    }

    /// <summary>Applies a command that <see cref="Check"/> allowed, and records it.</summary>
    public static void Apply(Alert alert, AlertCommand command, string actor, string? agency, DateTimeOffset at)
    {
        if (Check(alert, command) is { } refusal)
            throw new InvalidOperationException(refusal.Reason);
        switch (command.Action)
        {
            case AlertAction.Acknowledged:
                alert.Status = AlertStatus.Acknowledged;
                alert.HandledBy = actor;
                break;
            case AlertAction.Assigned:
                alert.Status = AlertStatus.Assigned;
                alert.AssignedTo = command.AssignedTo!.Trim();
                alert.HandledBy = actor;
                break;
            case AlertAction.Resolved:
                alert.Status = AlertStatus.Resolved;
                alert.Resolution = command.Note!.Trim();
                alert.Outcome = command.Outcome;
                break;
            case AlertAction.Dismissed:
                alert.Status = AlertStatus.Dismissed;
                alert.Resolution = command.Note!.Trim();
                alert.Outcome = command.Outcome;
                break;
        }
        alert.UpdatedAt = at;
        alert.Activities.Add(new AlertActivity
        {
            At = at,
            Action = command.Action,
            Actor = actor,
            ActorAgency = agency,
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            AssignedTo = command.Action == AlertAction.Assigned ? alert.AssignedTo : null,
            Outcome = command.Outcome,
        });
    }

    private static AlertRefusal Conflict(Alert alert, string wanted) =>
        new(AlertRefusalKind.Conflict, $"alert {alert.Id} is {alert.Status.ToString().ToLowerInvariant()} and cannot be {wanted}.");
}
