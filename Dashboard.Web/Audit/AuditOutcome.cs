namespace Dashboard.Web.Audit;

/// <summary>How an audited request ended; stored as these words so the log reads without the code.</summary>
public static class AuditOutcome
{
    public const string Allowed = "allowed";
    public const string Refused = "refused";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Allowed, Refused, Failed];
}
