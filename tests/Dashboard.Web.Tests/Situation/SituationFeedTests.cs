using System.Collections.Concurrent;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Situation;
using Dashboard.Testing;
using Dashboard.Web.Situation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Web.Tests.Situation;

/// <summary>The server-side feed against a real event log: in order, once, whichever way an event arrives.</summary>
public sealed class SituationFeedTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>, IAsyncLifetime
{
    // A sweep far longer than any test: what arrives, arrives through delivery, the backplane or catch-up.
    private static readonly IOptions<SituationFeedOptions> NoSweep = Options.Create(new SituationFeedOptions
    {
        SweepInterval = TimeSpan.FromMinutes(10),
        MinimumInterval = TimeSpan.FromMilliseconds(20),
    });

    private NpgsqlDataSource _dataSource = default!;

    public async Task InitializeAsync()
    {
        var connectionString = await database.MigrateGeoAsync();
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build();
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task EventsDeliveredInProcess_ReachASubscriber_InOrderAndOnce()
    {
        using var feed = await StartFeedAsync();
        var received = new Received();
        using var subscription = feed.Subscribe(feed.Mark, received.AddAsync);

        var first = await AppendAsync(2);
        var second = await AppendAsync(1);
        // Handed over out of order and twice: the feed reads the gap from the log and drops the repeat.
        feed.Deliver(second);
        feed.Deliver(first);
        feed.Deliver(first);

        var all = first.Concat(second).Select(e => e.Sequence).ToList();
        await received.WaitForAsync(all.Count);
        Assert.Equal(all, received.Sequences);
    }

    [Fact]
    public async Task ASubscriberWithAnOlderMark_CatchesUpFromTheLog_ThenHearsWhatFollows()
    {
        using var feed = await StartFeedAsync();
        var mark = feed.Mark;
        var missed = await AppendAsync(3);
        feed.Deliver(missed);
        var received = new Received();

        using var subscription = feed.Subscribe(mark, received.AddAsync);
        var next = await AppendAsync(1);
        feed.Deliver(next);

        await received.WaitForAsync(4);
        Assert.Equal(missed.Concat(next).Select(e => e.Sequence), received.Sequences);
    }

    [Fact]
    public async Task AnEventOfAnotherInstance_ReachesThisOnesSubscribers_ThroughPostgresNotifications()
    {
        using var here = await StartFeedAsync();
        using var there = await StartFeedAsync();
        using var herePlane = new PostgresSituationBackplane(_dataSource, here, NullLogger<PostgresSituationBackplane>.Instance);
        using var therePlane = new PostgresSituationBackplane(_dataSource, there, NullLogger<PostgresSituationBackplane>.Instance);
        await herePlane.StartAsync(CancellationToken.None);
        await therePlane.StartAsync(CancellationToken.None);
        var received = new Received();
        using var subscription = here.Subscribe(here.Mark, received.AddAsync);

        // Logged and announced over there; nothing is handed to this feed directly.
        var events = await AppendAsync(1);
        there.Deliver(events);
        await therePlane.AnnounceAsync(events[^1].Sequence, CancellationToken.None);

        await received.WaitForAsync(1);
        Assert.Equal(events[0].Sequence, received.Sequences.Single());
        await herePlane.StopAsync(CancellationToken.None);
        await therePlane.StopAsync(CancellationToken.None);
    }

    private async Task<SituationFeed> StartFeedAsync()
    {
        var feed = new SituationFeed(_dataSource, NoSweep, TimeProvider.System, NullLogger<SituationFeed>.Instance);
        await feed.StartAsync(CancellationToken.None);
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(10));
        return feed;
    }

    private Task<IReadOnlyList<SituationMessage>> AppendAsync(int count) =>
        SituationEventLog.AppendAsync(_dataSource, [.. Enumerable.Range(0, count).Select(i => SituationMessage.Draft(
            [new ReportSnapshot(i, ReportKind.PatrolSighting, 104.0, 1.1, DateTimeOffset.UtcNow, "sighting", 'B', 2, null)]))], CancellationToken.None);

    /// <summary>What a subscriber was handed, with a wait for a count that needs no sleeping.</summary>
    private sealed class Received
    {
        private readonly ConcurrentQueue<long> _sequences = new();
        private readonly Lock _gate = new();
        private readonly List<(int Count, TaskCompletionSource Done)> _waits = [];

        public IReadOnlyList<long> Sequences => [.. _sequences];

        public Task AddAsync(IReadOnlyList<SituationMessage> events)
        {
            lock (_gate)
            {
                foreach (var e in events)
                    _sequences.Enqueue(e.Sequence);
                foreach (var wait in _waits.Where(w => _sequences.Count >= w.Count).ToList())
                {
                    _waits.Remove(wait);
                    wait.Done.TrySetResult();
                }
            }
            return Task.CompletedTask;
        }

        public Task WaitForAsync(int count)
        {
            lock (_gate)
            {
                if (_sequences.Count >= count)
                    return Task.CompletedTask;
                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waits.Add((count, done));
                return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
    }
}
