namespace Dashboard.Geo.Domain.Cases;

/// <summary>
/// One entry in the closed list of covers traffickers use. Closed because analysts must count like with like;
/// extensible because new covers appear, so the list is a table, not an enum.
/// </summary>
public sealed class ModusOperandi
{
    /// <summary>Stable code, e.g. "ONLINE_SCAM_JOB".</summary>
    public required string Code { get; set; }

    public required string NameId { get; set; }

    public required string NameEn { get; set; }

    public bool IsActive { get; set; } = true;
}
