namespace Dashboard.Geo.Domain.Cases;

/// <summary>
/// One entry in a case's history: its creation, a status change with the reason, or an edit with a summary of the
/// fields that changed. Kept forever; who made the change is named so a later reader can ask them.
/// </summary>
public sealed class CaseChange
{
    public long Id { get; set; }

    public long CaseOriginId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public CaseChangeKind Kind { get; set; }

    public CaseStatus? StatusFrom { get; set; }

    public CaseStatus? StatusTo { get; set; }

    public string? Reason { get; set; }

    /// <summary>For edits and imports: which fields changed, e.g. "destinationCountry: MY → KH; victims: 2 → 3".</summary>
    public string? Summary { get; set; }
}
