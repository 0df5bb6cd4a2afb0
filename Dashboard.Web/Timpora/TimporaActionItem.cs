namespace Dashboard.Web.Timpora;

/// <summary>Something a meeting asked one member (and through them their agency) to do by a date.</summary>
public sealed class TimporaActionItem
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    /// <summary>The decision it follows from, if any.</summary>
    public long? DecisionId { get; set; }

    /// <summary>The meeting's TIMPORA, kept on the item so a member's own items are found without the meeting.</summary>
    public required string AreaCode { get; set; }

    public required string Text { get; set; }

    public required string Owner { get; set; }

    public required string OwnerAgency { get; set; }

    public DateOnly DueOn { get; set; }

    public TimporaActionItemStatus Status { get; set; }

    public string? DoneBy { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>
    /// When the overdue check raised the item's alert; set once and kept, also when the item is done later, so the
    /// record shows it was late and no second alert follows.
    /// </summary>
    public DateTimeOffset? FlaggedOverdueAt { get; set; }

    public bool IsOverdue(DateOnly today) => Status == TimporaActionItemStatus.Open && DueOn < today;
}
