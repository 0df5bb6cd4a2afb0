using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Common;
using Hangfire.Server;

namespace Dashboard.Jobs.Telemetry;

/// <summary>
/// A span and a duration for every Hangfire job the server performs (the risk map, the early warning, the alert sweep,
/// the referral flags), so a slow or failing run shows in the same traces as the requests and SQL around it. Only the
/// BCL's ActivitySource and Meter: exported when OpenTelemetry is configured to listen, free otherwise.
/// </summary>
public sealed class JobTelemetry : JobFilterAttribute, IServerFilter
{
    public const string SourceName = "Dashboard.Jobs";
    public const string MeterName = "Dashboard.Jobs";

    private const string ActivityKey = "dashboard.activity";
    private const string StartedKey = "dashboard.started";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("dashboard.job.duration", unit: "s",
        description: "How long a background job took, by job and outcome.");

    public void OnPerforming(PerformingContext context)
    {
        var (activity, started) = Start(Name(context.BackgroundJob.Job), context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
        context.Items[StartedKey] = started;
    }

    public void OnPerformed(PerformedContext context)
    {
        var activity = context.Items.TryGetValue(ActivityKey, out var a) ? a as Activity : null;
        var started = context.Items.TryGetValue(StartedKey, out var s) && s is long ticks ? ticks : Stopwatch.GetTimestamp();
        Stop(Name(context.BackgroundJob.Job), activity, started, context.Canceled ? null : context.Exception);
    }

    /// <summary>"RiskMapJob.RunAsync": the job's class and method, the name people read in traces and the dashboard.</summary>
    public static string Name(Job? job) => job is null ? "unknown" : $"{job.Type.Name}.{job.Method.Name}";

    public static (Activity? Activity, long Started) Start(string job, string? jobId)
    {
        var activity = Source.StartActivity($"job {job}", ActivityKind.Internal);
        activity?.SetTag("job.name", job);
        activity?.SetTag("job.id", jobId);
        return (activity, Stopwatch.GetTimestamp());
    }

    public static void Stop(string job, Activity? activity, long started, Exception? failure)
    {
        var outcome = failure is null ? "succeeded" : "failed";
        if (failure is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            activity?.AddException(failure);
        }
        activity?.SetTag("job.outcome", outcome);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("job.name", job),
            new KeyValuePair<string, object?>("job.outcome", outcome));
        activity?.Dispose();
    }
}
