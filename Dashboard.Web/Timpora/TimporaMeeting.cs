namespace Dashboard.Web.Timpora;

/// <summary>A TIMPORA meeting: when and where, who of its roster attended, and its minutes.</summary>
public sealed class TimporaMeeting
{
    public long Id { get; set; }

    public required string AreaCode { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Place { get; set; }

    /// <summary>User names of the members present, each from the TIMPORA's roster at the time.</summary>
    public List<string> Attendees { get; set; } = [];

    public string? Minutes { get; set; }

    public required string OpenedBy { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public Guid? ClientKey { get; set; }

    /// <summary>The briefing the meeting opened from, as it was that day (a <see cref="TimporaBriefingSnapshot"/> as JSON), if any.</summary>
    public string? Briefing { get; set; }

    public List<TimporaDecision> Decisions { get; set; } = [];

    public List<TimporaActionItem> ActionItems { get; set; } = [];
}
