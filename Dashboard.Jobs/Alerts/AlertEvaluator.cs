using Dashboard.Geo.Alerts;
using Dashboard.Jobs.Situation;
using Microsoft.Extensions.Logging;

namespace Dashboard.Jobs.Alerts;

/// <summary>Runs the rules, raises or updates their alerts (logged durably), then tells the dashboards.</summary>
public sealed class AlertEvaluator(IEnumerable<IAlertRule> rules, AlertStore store, AlertSettings settings, ISituationPublisher publisher,
    ILogger<AlertEvaluator> logger)
{
    public async Task<AlertRaiseOutcome> EvaluateAsync(AlertScope scope, CancellationToken ct)
    {
        var candidates = new List<AlertCandidate>();
        foreach (var rule in rules)
            candidates.AddRange(await rule.FindAsync(scope, ct));
        // Each raised alert names the thresholds' version its rules used, for the evaluation of a change.
        var (_, version) = await settings.CurrentAsync(ct);
        var outcome = await store.RaiseAsync(candidates, ct, $"thresholds v{version}");
        if (outcome.Raised + outcome.Updated > 0)
            logger.LogInformation("Alert rules ({Scope}): {Candidates} candidates, {Raised} raised, {Updated} updated",
                scope.IsSweep ? "sweep" : scope.CaseIds is not null ? "cases" : "reports", candidates.Count, outcome.Raised, outcome.Updated);
        await publisher.PublishAsync(outcome.Events, ct);
        return outcome;
    }
}
