namespace Dashboard.Web.Audit;

/// <summary>
/// The verifier's finding: the chain holds over <see cref="Checked"/> lines, or <see cref="BrokenAt"/> is the first
/// line whose hash or link does not match (everything from there on can no longer be trusted).
/// </summary>
public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAt, string? Reason, string? LastHash)
{
    public string Describe() => Intact
        ? $"OK: {Checked} audit lines, chain intact (last hash {LastHash ?? AuditChain.Genesis})."
        : $"BROKEN at audit line {BrokenAt}: {Reason} ({Checked} lines before it are intact).";
}
