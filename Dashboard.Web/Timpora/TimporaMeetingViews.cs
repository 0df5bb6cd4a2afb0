namespace Dashboard.Web.Timpora;

/// <summary>An action item as shown: overdue when still open after its due date.</summary>
public sealed record TimporaActionItemView(long Id, long MeetingId, long? DecisionId, string AreaCode, string Text, string Owner, string OwnerAgency,
    DateOnly DueOn, TimporaActionItemStatus Status, bool Overdue, string? DoneBy, DateTimeOffset? DoneAt)
{
    public static TimporaActionItemView Of(TimporaActionItem a, DateOnly today) => new(a.Id, a.MeetingId, a.DecisionId, a.AreaCode, a.Text, a.Owner,
        a.OwnerAgency, a.DueOn, a.Status, a.IsOverdue(today), a.DoneBy, a.DoneAt);
}

public sealed record TimporaDecisionView(long Id, string Text, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A meeting with its decisions and action items, and the items of earlier meetings of the same TIMPORA still open
/// when it was held, so a meeting opens with what is left to follow up.
/// </summary>
public sealed record TimporaMeetingView(long Id, string AreaCode, DateOnly HeldOn, string Place, IReadOnlyList<string> Attendees, string? Minutes,
    string OpenedBy, DateTimeOffset OpenedAt, IReadOnlyList<TimporaDecisionView> Decisions, IReadOnlyList<TimporaActionItemView> ActionItems,
    IReadOnlyList<TimporaActionItemView> CarriedOver, TimporaBriefingSnapshot? Briefing = null);
