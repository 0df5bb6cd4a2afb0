namespace Dashboard.Web.Timpora;

/// <summary>What a meeting decided, in the words of its minutes.</summary>
public sealed class TimporaDecision
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public required string Text { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
