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

    /// <summary>Returns the id of the run that will happen: a new one, or the one already waiting.</summary>
    public string Request(TimeSpan? delay = null)
    {
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock("risk-map-trigger", TimeSpan.FromSeconds(10));
        var monitor = storage.GetMonitoringApi();
        var waiting = monitor.ScheduledJobs(0, 200).FirstOrDefault(j => IsRiskMap(j.Value.Job)).Key
            ?? monitor.EnqueuedJobs("default", 0, 200).FirstOrDefault(j => IsRiskMap(j.Value.Job) && j.Value.InEnqueuedState).Key;
        return waiting ?? jobs.Schedule<RiskMapJob>(job => job.RunAsync("data-changed", CancellationToken.None), delay ?? Debounce);
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
