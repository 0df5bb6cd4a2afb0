using Dashboard.Geo.Situation;
using Microsoft.Extensions.Logging;

namespace Dashboard.Jobs.Situation;

/// <summary>
/// For a process with no hub to hand events to (a worker without Situation:HubUrl, a benchmark): the events are
/// already durable in the log, and dashboards pick them up when they next catch up, within half a minute.
/// </summary>
public sealed class LogOnlyPublisher(ILogger<LogOnlyPublisher> logger) : ISituationPublisher
{
    public Task PublishAsync(IReadOnlyList<SituationMessage> events, CancellationToken ct)
    {
        if (events.Count > 0)
            logger.LogDebug("Events {First}–{Last} are logged, not pushed: no hub is configured", events[0].Sequence, events[^1].Sequence);
        return Task.CompletedTask;
    }
}
