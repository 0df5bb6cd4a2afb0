namespace Dashboard.Geo.Screening;

/// <summary>
/// A potential victim found at a screening: protected, not sanctioned. The record states that no administrative
/// immigration action (TAK) is taken (Law 6/2011 art. 86) and carries the path to a service, so the delays of 004_…
/// can be measured from the screening to the acceptance.
/// </summary>
public sealed class ProtectionRecord
{
    public Guid Id { get; set; }
    public Guid ScreeningId { get; set; }
    public CheckpointScreening? Screening { get; set; }
    public string? OfficeCode { get; set; }
    public List<ScreeningIndicator> Indicators { get; set; } = [];

    /// <summary>Always true: a record cannot be opened without the statement, the law allows no other answer.</summary>
    public bool NoAdministrativeAction { get; set; } = true;

    public ConsentNoted Consent { get; set; }
    public required string OpenedBy { get; set; }
    public required string OpenedByName { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public List<Referral> Referrals { get; set; } = [];
}
