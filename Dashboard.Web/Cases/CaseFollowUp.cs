using Dashboard.Jobs.Alerts;
using Dashboard.Jobs.RiskMap;

namespace Dashboard.Web.Cases;

/// <summary>
/// After cases are stored: the alert rules judge them at once (a case with minors to a watched destination must not
/// wait for the sweep), the passports' issuing office is told in its live feed, and a risk recomputation is asked for;
/// the early warning's case stream reads the table on its next run. None can undo a stored case: if one fails, the
/// periodic sweep and the next scheduled run pick it up, and the issuing office's notice stays on its page.
/// </summary>
public sealed class CaseFollowUp(AlertEvaluator alerts, CaseIssuingAlerts notices, RiskMapTrigger trigger, ILogger<CaseFollowUp> logger)
{
    public async Task AfterStoredAsync(IReadOnlyCollection<long> caseIds)
    {
        if (caseIds.Count == 0)
            return;
        try
        {
            await alerts.EvaluateAsync(AlertScope.Cases(caseIds), CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Alert rules failed for {Count} stored cases; the periodic sweep will judge them", caseIds.Count);
        }
        try
        {
            await notices.RaiseAsync(caseIds, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The issuing offices' alerts failed for {Count} stored cases; their notices stand on the cases page", caseIds.Count);
        }
        try
        {
            trigger.TryRequest();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not ask for a risk recomputation after {Count} stored cases", caseIds.Count);
        }
    }
}
