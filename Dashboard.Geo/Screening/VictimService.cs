namespace Dashboard.Geo.Screening;

/// <summary>
/// A service of the referral directory. <see cref="Agency"/> is the agency that runs it: its accounts answer the
/// referrals sent to it, as the receiving side of the record.
/// </summary>
public sealed class VictimService
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ServiceKind Kind { get; set; }

    /// <summary>Kemendagri province ("61") or regency ("61.05") code of the area it serves.</summary>
    public required string RegionCode { get; set; }

    public required string Contact { get; set; }
    public bool TakesAdults { get; set; }
    public bool TakesMinors { get; set; }
    public bool TakesWomen { get; set; }
    public bool TakesMen { get; set; }

    /// <summary>Places, when the service has a fixed number (a shelter's beds); null when it does not say.</summary>
    public int? Capacity { get; set; }

    public required string Agency { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
