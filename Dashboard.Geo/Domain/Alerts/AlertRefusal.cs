namespace Dashboard.Geo.Domain.Alerts;

/// <summary>
/// Why a command was not applied: bad input (400), no such alert (404), or its state does not allow it (409).
/// Field names the request's field at fault when it is not the action's usual one.
/// </summary>
public sealed record AlertRefusal(AlertRefusalKind Kind, string Reason, string? Field = null);

public enum AlertRefusalKind
{
    Invalid,
    NotFound,
    Conflict,
}
