namespace Dashboard.Geo.Domain.Villages;

/// <summary>One education or socialisation meeting held in an assisted village.</summary>
public sealed class OutreachSession
{
    public long Id { get; set; }

    public int VillageId { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>A topic code of <c>OutreachTopics</c> ("SafeMigration"…), or free text on sessions made before the list.</summary>
    public required string Topic { get; set; }

    /// <summary>What the session was about when the topic is "Other".</summary>
    public string? TopicOther { get; set; }

    /// <summary>Everyone who attended: <see cref="Women"/> plus <see cref="Men"/> (or a bare count on older sessions).</summary>
    public int Attendance { get; set; }

    public int Women { get; set; }

    public int Men { get; set; }

    /// <summary>Of the attendance, how many were young people (under 25).</summary>
    public int Youth { get; set; }

    /// <summary>Of the attendance, how many were prospective migrant workers (calon PMI).</summary>
    public int ProspectiveMigrants { get; set; }

    /// <summary>Partner agencies present: codes of <c>OutreachPartners</c> (BP2MI, Dinsos, Police, Ngo…).</summary>
    public List<string> Partners { get; set; } = [];

    public string? Note { get; set; }

    public string? LoggedBy { get; set; }

    public DateTimeOffset? LoggedAt { get; set; }
}
