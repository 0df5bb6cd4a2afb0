using Microsoft.Extensions.Logging;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// Runs the alert rules on newly stored reports, after the sender has been told they are stored, one evaluation at a
/// time: reports that arrive while an evaluation runs share the next one. Ten checkpoints flushing their queues at once
/// make one or two evaluations, not ten queued on the same lock, and no sender waits for rules it does not need.
/// Nothing is lost if the process stops first: the reports are durable and the periodic sweep judges them.
/// </summary>
public sealed class ReportAlertQueue(AlertEvaluator evaluator, ILogger<ReportAlertQueue> logger)
{
    private readonly Lock _gate = new();
    private List<IReadOnlyCollection<long>> _waiting = [];
    private TaskCompletionSource? _draining;

    /// <summary>Queues the reports for the rules and returns at once.</summary>
    public void Enqueue(IReadOnlyCollection<long> reportIds)
    {
        lock (_gate)
        {
            _waiting.Add(reportIds);
            if (_draining is not null)
                return;
            _draining = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        _ = Task.Run(DrainAsync);
    }

    /// <summary>Completes when every report queued so far has been judged (or its evaluation has failed and been logged).</summary>
    public Task IdleAsync()
    {
        lock (_gate)
            return _draining?.Task ?? Task.CompletedTask;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<IReadOnlyCollection<long>> batch;
            TaskCompletionSource? finished = null;
            lock (_gate)
            {
                batch = _waiting;
                _waiting = [];
                if (batch.Count == 0)
                {
                    finished = _draining;
                    _draining = null;
                }
            }
            if (finished is not null)
            {
                finished.TrySetResult();
                return;
            }
            var ids = batch.SelectMany(b => b).Distinct().ToList();
            try
            {
                await evaluator.EvaluateAsync(AlertScope.Reports(ids), CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Alert rules failed for {Count} new reports; the periodic sweep will judge them", ids.Count);
            }
        }
    }
}
