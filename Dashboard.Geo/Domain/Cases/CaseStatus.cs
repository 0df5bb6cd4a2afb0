namespace Dashboard.Geo.Domain.Cases;

/// <summary>
/// The lifecycle of the Human Trafficking Case Data Standard: a case is active until it needs only follow-up, then
/// closed, or closed because it was handed to another agency or service (closed-referred).
/// </summary>
public enum CaseStatus
{
    Active = 1,
    FollowUp = 2,
    Closed = 3,
    ClosedReferred = 4,
}
