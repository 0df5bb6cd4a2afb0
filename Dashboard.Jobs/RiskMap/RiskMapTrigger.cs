using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace Dashboard.Jobs.RiskMap;

/// <summary>
/// Asks for a risk recomputation when data changed. Requests within the debounce window fold into the one run
/// already waiting, so a burst of changes makes one run, not a hundred.
/// </summary>
public sealed class RiskMapTrigger(IBackgroundJobClient jobs, JobStorage storage, ILogger<RiskMapTrigger> logger)
{
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(30);

    // A run this process scheduled moments ago is certainly still waiting: asking Hangfire again under its distributed
    // lock, for every report batch of a busy minute, would cost more than the reports.
    private static readonly TimeSpan Recent = TimeSpan.FromSeconds(5);
    private Requested? _recent;

    private sealed record Requested(string JobId, long At);

    /// <summary>Returns the id of the run that will happen: a new one, or the one already waiting.</summary>
    public string Request(TimeSpan? delay = null)
    {
        if (delay is null && Volatile.Read(ref _recent) is { } recent && System.Diagnostics.Stopwatch.GetElapsedTime(recent.At) < Recent)
            return recent.JobId;
        var (jobId, waitsOutDebounce) = Find(delay);
        // A run that is enqueued may read the data before the next change commits, so only a scheduled one is remembered.
        Volatile.Write(ref _recent, delay is null && waitsOutDebounce ? new Requested(jobId, System.Diagnostics.Stopwatch.GetTimestamp()) : null);
        return jobId;
    }

    private (string JobId, bool WaitsOutDebounce) Find(TimeSpan? delay)
    {
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock("risk-map-trigger", TimeSpan.FromSeconds(10));
        var monitor = storage.GetMonitoringApi();
        var scheduled = monitor.ScheduledJobs(0, 200).FirstOrDefault(j => IsRiskMap(j.Value.Job)).Key;
        if (scheduled is not null)
        {
            // Someone asking for a run now (an analyst, a benchmark) must not wait out the debounce of a data change.
            if (delay == TimeSpan.Zero)
                jobs.Requeue(scheduled);
            return (scheduled, delay != TimeSpan.Zero);
        }
        var enqueued = monitor.EnqueuedJobs("default", 0, 200).FirstOrDefault(j => IsRiskMap(j.Value.Job) && j.Value.InEnqueuedState).Key;
        if (enqueued is not null)
            return (enqueued, false);
        var wait = delay ?? Debounce;
        return (jobs.Schedule<RiskMapJob>(job => job.RunAsync("data-changed", CancellationToken.None), wait), wait >= Recent);
    }

    /// <summary>
    /// Requests a run for a change that is already committed. If the request itself fails, the change is not lost and
    /// the hourly run will see it, so the caller's work must not fail with it: the failure is logged instead.
    /// </summary>
    public string? TryRequest(TimeSpan? delay = null)
    {
        try
        {
            return Request(delay);
        }
        catch (Exception e) when (e is BackgroundJobClientException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not request a risk map recomputation; the scheduled run will pick the change up");
            return null;
        }
    }

    private static bool IsRiskMap(Hangfire.Common.Job? job) => job?.Type == typeof(RiskMapJob);
}
