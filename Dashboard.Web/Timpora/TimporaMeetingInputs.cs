namespace Dashboard.Web.Timpora;

/// <summary>
/// A meeting as the chair opens it: the day ("2026-12-02"), the place, the members present (user names of the roster),
/// minutes, and optionally the briefing period it opens from ("2026-11-01" to "2026-11-30"), kept with the meeting.
/// </summary>
public sealed record TimporaMeetingInput(string? HeldOn, string? Place, IReadOnlyList<string>? Attendees, string? Minutes = null, Guid? ClientKey = null,
    string? BriefingFrom = null, string? BriefingTo = null);

/// <summary>A decision in the meeting's words.</summary>
public sealed record TimporaDecisionInput(string? Text);

/// <summary>An action item: what, which member (user name) answers for it, by when ("2026-12-16"), and the decision it follows.</summary>
public sealed record TimporaActionItemInput(string? Text, string? Owner, string? DueOn, long? DecisionId = null);

/// <summary>An action item's new status: "open" or "done".</summary>
public sealed record TimporaActionItemStatusInput(string? Status);
