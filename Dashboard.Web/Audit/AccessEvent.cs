namespace Dashboard.Web.Audit;

/// <summary>
/// One line of the audit log: who (user, agency, office, client address) did what to which resource, how many rows it
/// touched, whether it was allowed, refused or failed, and when. Each line carries the hash of the line before it, so a
/// line changed or removed afterwards breaks the chain (<see cref="AuditChain"/>).
/// </summary>
public sealed class AccessEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    public required string Agency { get; set; }

    /// <summary>The immigration office of the account, if any.</summary>
    public string Office { get; set; } = "";

    /// <summary>The client's address as the app sees it behind the known proxies; empty for the command line.</summary>
    public string ClientAddress { get; set; } = "";

    /// <summary>What they did, e.g. "map.cases.details", "export.briefing.csv" or "access.refused".</summary>
    public required string Action { get; set; }

    /// <summary>What they saw or changed, e.g. "case 1234" or "GET /api/alerts/7 403".</summary>
    public required string Resource { get; set; }

    /// <summary>How many records the read returned or the change touched, when that is known.</summary>
    public int? Rows { get; set; }

    /// <summary>allowed, refused or failed (<see cref="AuditOutcome"/>).</summary>
    public string Outcome { get; set; } = AuditOutcome.Allowed;

    /// <summary>Hex SHA-256 of the previous line (<see cref="AuditChain.Genesis"/> for the first).</summary>
    public string? PreviousHash { get; set; }

    /// <summary>Hex SHA-256 over <see cref="PreviousHash"/> and this line's canonical fields.</summary>
    public string? Hash { get; set; }
}
