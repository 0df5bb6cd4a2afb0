namespace Dashboard.Web.Audit;

/// <summary>One time someone looked at protected data: who, from which agency, what and when.</summary>
public sealed class AccessEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    public required string Agency { get; set; }

    /// <summary>What they did, e.g. "map.layer.read" or "case.details.read".</summary>
    public required string Action { get; set; }

    /// <summary>What they saw, e.g. "cases bbox=… zoom=11 individual" or "case 1234".</summary>
    public required string Resource { get; set; }
}
