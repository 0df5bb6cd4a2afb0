using Dashboard.Jobs.Alerts;
using Dashboard.Jobs.RiskMap;

namespace Dashboard.Web.Cases;

/// <summary>
/// After cases are stored: the alert rules judge them at once (a case with minors to a watched destination must not
/// wait for the sweep) and a risk recomputation is asked for; the early warning's case stream reads the table on its
/// next run. Neither can undo a stored case: if one fails, the periodic sweep and the next scheduled run pick it up.
/// </summary>
public sealed class CaseFollowUp(AlertEvaluator alerts, RiskMapTrigger trigger, ILogger<CaseFollowUp> logger)
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
            trigger.TryRequest();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not ask for a risk recomputation after {Count} stored cases", caseIds.Count);
        }
    }
}
