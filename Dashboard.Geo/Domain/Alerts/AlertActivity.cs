namespace Dashboard.Geo.Domain.Alerts;

/// <summary>One line of an alert's audit trail: who did what, when, and what they wrote.</summary>
public sealed class AlertActivity
{
    public long Id { get; set; }

    public long AlertId { get; set; }

    public DateTimeOffset At { get; set; }

    public AlertAction Action { get; set; }

    /// <summary>The user's name, or "system" for a rule.</summary>
    public required string Actor { get; set; }

    public string? ActorAgency { get; set; }

    /// <summary>The comment, or the reason for resolving or dismissing.</summary>
    public string? Note { get; set; }

    /// <summary>For a resolution or a dismissal: the outcome chosen from the closed list.</summary>
    public AlertOutcome? Outcome { get; set; }

    /// <summary>For an assignment: the office or person it went to.</summary>
    public string? AssignedTo { get; set; }
}
