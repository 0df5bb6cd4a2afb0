namespace Dashboard.Web.Timpora;

/// <summary>
/// A warning or request inside one TIMPORA, from a partner agency to immigration or the other way. Free text and a
/// place no finer than a village: it names staff and agencies, never a victim or a suspect by field.
/// </summary>
public sealed class TimporaMessage
{
    public const int TextLength = 2000;

    public long Id { get; set; }

    /// <summary>The TIMPORA it was sent in ("61" or "61.05").</summary>
    public required string AreaCode { get; set; }

    public TimporaMessageKind Kind { get; set; }

    public required string Category { get; set; }

    /// <summary>The regency ("61.05") or village ("61.05.01.2001") concerned, inside the TIMPORA's area, if any.</summary>
    public string? PlaceCode { get; set; }

    /// <summary>The source's reliability and the information's credibility, "A1" … "F6", if the sender graded it.</summary>
    public string? Grade { get; set; }

    public required string Text { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public required string SentBy { get; set; }

    public required string SenderAgency { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The sender's own key for this message, so a submission sent twice is stored once.</summary>
    public Guid? ClientKey { get; set; }

    public TimporaMessageStatus Status { get; set; }

    public string? AcknowledgedBy { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public string? AnswererAgency { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The live-feed alert a partner's message raised for immigration, if the place could be located.</summary>
    public long? AlertId { get; set; }

    /// <summary>Sent by immigration to the partner members, rather than by a partner to immigration.</summary>
    public bool ToMembers => SenderAgency == Identity.DashboardClaims.Immigration;
}
