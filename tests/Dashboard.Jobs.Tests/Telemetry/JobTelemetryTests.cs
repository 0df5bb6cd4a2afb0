using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dashboard.Jobs.Telemetry;
using Dashboard.Testing;
using Hangfire;
using Hangfire.Common;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Dashboard.Jobs.Tests.Telemetry;

/// <summary>Every job a real Hangfire server performs leaves a span and a duration, marked failed when the job threw.</summary>
/// <remarks>
/// Hangfire's log provider is process-wide, and a disposed test host (the risk-map hosts) leaves it pointing at a
/// disposed logger factory and its job activator at a disposed service provider; so this server runs alone, after the
/// parallel tests, with a provider and an activator of its own.
/// </remarks>
[Collection(HangfireGlobalState.Name)]
public sealed class JobTelemetryTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>
{
    [Fact]
    public async Task AJobPerformedByTheServer_LeavesASpanAndADuration_AndAFailureIsMarked()
    {
        var spans = new ConcurrentQueue<Activity>();
        var bothDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var durations = new ConcurrentQueue<(double Seconds, string Job, string Outcome)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == JobTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                spans.Enqueue(a);
                if (spans.Count >= 2)
                    bothDone.TrySetResult();
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JobTelemetry.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(x => x.Key, x => x.Value?.ToString() ?? "");
            durations.Enqueue((value, t["job.name"], t["job.outcome"]));
        });
        meters.Start();

        LogProvider.SetCurrentLogProvider(new SilentLogProvider());
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire_telemetry", PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromMilliseconds(100) };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
        var filters = new JobFilterCollection { new JobTelemetry() };
        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1, Activator = new JobActivator(), FilterProvider = filters, ServerName = "telemetry-test" }, storage))
        {
            var client = new BackgroundJobClient(storage);
            client.Enqueue(() => TelemetryProbe.Succeed());
            client.Enqueue(() => TelemetryProbe.Fail());
            await bothDone.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        var byName = spans.ToDictionary(s => s.DisplayName);
        var ok = byName[$"job {nameof(TelemetryProbe)}.{nameof(TelemetryProbe.Succeed)}"];
        var failed = byName[$"job {nameof(TelemetryProbe)}.{nameof(TelemetryProbe.Fail)}"];
        Assert.Equal((ActivityStatusCode.Unset, "succeeded"), (ok.Status, ok.GetTagItem("job.outcome")));
        Assert.Equal((ActivityStatusCode.Error, "failed"), (failed.Status, failed.GetTagItem("job.outcome")));
        Assert.NotNull(ok.GetTagItem("job.id"));
        Assert.Contains(durations, d => d.Job == "TelemetryProbe.Succeed" && d.Outcome == "succeeded" && d.Seconds >= 0);
        Assert.Contains(durations, d => d.Job == "TelemetryProbe.Fail" && d.Outcome == "failed");
    }
}

public static class TelemetryProbe
{
    public static void Succeed()
    {
    }

    [AutomaticRetry(Attempts = 0)]
    public static void Fail() => throw new InvalidOperationException("a job that fails, on purpose");
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireGlobalState
{
    public const string Name = "Hangfire global state";
}

internal sealed class SilentLogProvider : ILogProvider
{
    public ILog GetLogger(string name) => new Silent();

    private sealed class Silent : ILog
    {
        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
