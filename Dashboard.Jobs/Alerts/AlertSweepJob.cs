using Hangfire;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// Every few minutes, all rules over their whole windows: raises what intake could not (cases, early warnings) and
/// anything an interrupted intake missed. Re-running is safe; an open alert is never raised twice.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
[AutomaticRetry(Attempts = 2)]
public sealed class AlertSweepJob(AlertEvaluator evaluator)
{
    [JobDisplayName("Alert rules")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var outcome = await evaluator.EvaluateAsync(AlertScope.Everything, cancellationToken);
        return outcome.Raised;
    }
}
