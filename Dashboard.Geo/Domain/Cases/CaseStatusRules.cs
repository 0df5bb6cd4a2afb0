namespace Dashboard.Geo.Domain.Cases;

/// <summary>Which status changes the lifecycle allows, and which need a reason.</summary>
public static class CaseStatusRules
{
    /// <summary>
    /// Forward along Active → FollowUp → Closed/ClosedReferred, and a closed case may be reopened (new evidence,
    /// a victim found again); a case never goes back from follow-up to active without being reopened.
    /// </summary>
    public static bool CanMove(CaseStatus from, CaseStatus to) => (from, to) switch
    {
        _ when from == to => false,
        (CaseStatus.Active, _) => true,
        (CaseStatus.FollowUp, CaseStatus.Closed or CaseStatus.ClosedReferred) => true,
        (CaseStatus.Closed or CaseStatus.ClosedReferred, CaseStatus.Active) => true,
        _ => false,
    };

    /// <summary>Closing is a decision someone must be able to explain later; so is reopening.</summary>
    public static bool NeedsReason(CaseStatus from, CaseStatus to) =>
        to is CaseStatus.Closed or CaseStatus.ClosedReferred || from is CaseStatus.Closed or CaseStatus.ClosedReferred;
}
