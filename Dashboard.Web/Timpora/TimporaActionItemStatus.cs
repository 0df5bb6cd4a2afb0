namespace Dashboard.Web.Timpora;

/// <summary>Stored states of an action item; "overdue" is not stored but read from an open item's due date.</summary>
public enum TimporaActionItemStatus
{
    Open,
    Done,
}
