namespace Dashboard.Jobs;

/// <summary>The ids of recurring jobs, as they appear in the Hangfire dashboard.</summary>
public static class RecurringJobIds
{
    public const string RiskMap = "risk-map";
    public const string EarlyWarning = "early-warning";
    public const string AlertSweep = "alert-rules";
    public const string UnansweredReferrals = "unanswered-referrals";
}
