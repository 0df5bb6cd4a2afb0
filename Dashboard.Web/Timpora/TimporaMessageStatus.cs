namespace Dashboard.Web.Timpora;

/// <summary>A warning's or request's life cycle: sent, seen by the other side, answered.</summary>
public enum TimporaMessageStatus
{
    Open,
    Acknowledged,
    Answered,
}
