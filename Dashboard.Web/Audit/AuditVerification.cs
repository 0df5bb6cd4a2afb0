namespace Dashboard.Web.Audit;

/// <summary>
/// The verifier's finding: the chain holds over <see cref="Checked"/> lines, or <see cref="BrokenAt"/> is the first
/// line whose hash or link does not match (everything from there on can no longer be trusted). <see cref="Problem"/>
/// says which check failed: "no-hash", "link" or "content".
/// </summary>
public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAt, string? Problem, string? LastHash)
{
    public const string NoHash = "no-hash";
    public const string Link = "link";
    public const string Content = "content";

    public string? Reason => Problem switch
    {
        NoHash => "the line has no hash (it was added outside the audit writer)",
        Link => "its link to the previous line does not match (a line before it was removed, added or changed)",
        Content => "its content does not match its hash (the line was changed)",
        _ => null,
    };

    public string Describe() => Intact
        ? $"OK: {Checked} audit lines, chain intact (last hash {LastHash ?? AuditChain.Genesis})."
        : $"BROKEN at audit line {BrokenAt}: {Reason} ({Checked} lines before it are intact).";
}
