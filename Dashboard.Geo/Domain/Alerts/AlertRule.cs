namespace Dashboard.Geo.Domain.Alerts;

/// <summary>Which rule raised an alert; each is configured under "Alerts" and explained to the user by name.</summary>
public enum AlertRule
{
    /// <summary>The risk engine's early-warning chart crossed its threshold in a province.</summary>
    EarlyWarning = 1,

    /// <summary>Several offloadings at one checkpoint within 24 hours.</summary>
    OffloadingCluster = 2,

    /// <summary>A credible report on or near a rat route known to be highly active.</summary>
    ReportNearRatRoute = 3,

    /// <summary>A case with minors heading to a watch-listed destination.</summary>
    MinorsToWatchedDestination = 4,

    /// <summary>A TIMPORA partner agency (Polri, TNI, BIN, Pemda…) warned immigration or asked it for something.</summary>
    PartnerWarning = 5,

    /// <summary>A potential victim's referral that the service has left without answer for 48 hours.</summary>
    UnansweredReferral = 6,

    /// <summary>An applicant refused a passport at one office who applied at another within a year.</summary>
    RepeatApplicant = 7,

    /// <summary>A victim repatriated from abroad whose passport an office issued: that office is told, to look at how it was obtained.</summary>
    IssuingOfficeNotice = 8,

    /// <summary>A TIMPORA meeting's action item left open past its due date.</summary>
    OverdueActionItem = 9,
}
