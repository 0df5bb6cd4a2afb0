namespace Dashboard.Geo.Domain.Alerts;

/// <summary>Why a command was not applied: bad input (400), no such alert (404), or its state does not allow it (409).</summary>
public sealed record AlertRefusal(AlertRefusalKind Kind, string Reason);

public enum AlertRefusalKind
{
    Invalid,
    NotFound,
    Conflict,
}
