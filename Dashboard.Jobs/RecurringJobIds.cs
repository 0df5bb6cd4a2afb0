namespace Dashboard.Jobs;

/// <summary>The ids of recurring jobs, as they appear in the Hangfire dashboard.</summary>
public static class RecurringJobIds
{
    public const string RiskMap = "risk-map";
    public const string EarlyWarning = "early-warning";
    public const string AlertSweep = "alert-rules";
    public const string UnansweredReferrals = "unanswered-referrals";

    /// <summary>Runs in the web app, where the TIMPORA's tables live (Dashboard.Web/Timpora/OverdueActionItemJob).</summary>
    public const string OverdueActionItems = "timpora-overdue-action-items";
}
