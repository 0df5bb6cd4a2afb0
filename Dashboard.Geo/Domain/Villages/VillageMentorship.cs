namespace Dashboard.Geo.Domain.Villages;

/// <summary>Who mentored an assisted village (its Pimpasa) from when to when; the open one has no end.</summary>
public sealed class VillageMentorship
{
    public long Id { get; set; }

    public int VillageId { get; set; }

    /// <summary>The mentor's account (AspNetUsers id); null when only a name is known (imports, older villages).</summary>
    public string? MentorUserId { get; set; }

    public required string MentorName { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? Until { get; set; }

    public required string AssignedBy { get; set; }

    public DateTimeOffset AssignedAt { get; set; }
}
