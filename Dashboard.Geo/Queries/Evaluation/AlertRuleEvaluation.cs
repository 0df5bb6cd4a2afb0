using Dashboard.Geo.Domain.Alerts;

namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>
/// How one rule's alerts of a period went: how many were raised and closed, what followed them, and how long people
/// took to take them up and to close them (medians in hours, null when none was).
/// </summary>
public sealed record AlertRuleEvaluation(
    AlertRule Rule,
    int Raised,
    int Open,
    int Closed,
    IReadOnlyDictionary<AlertOutcome, int> Outcomes,
    int ClosedWithoutOutcome,
    double? MedianHoursToAcknowledge,
    double? MedianHoursToClose)
{
    /// <summary>Share of the closed alerts whose outcome was a finding on the ground; null before any closed with an outcome.</summary>
    public double? FindingShare
    {
        get
        {
            var named = Outcomes.Values.Sum();
            return named == 0 ? null : (double)Outcomes.Where(o => AlertOutcomes.IsFinding(o.Key)).Sum(o => o.Value) / named;
        }
    }
}
