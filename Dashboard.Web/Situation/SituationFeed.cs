using System.Threading.Channels;
using Dashboard.Geo.Situation;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Web.Situation;

/// <summary>
/// The one reader of the durable log in this instance. Events published here arrive in-process and are passed on at
/// once when they follow the last one delivered; anything else (a gap, an event of another instance announced through
/// the backplane, the periodic sweep) makes the feed read the log after its mark, which the log's commit order makes
/// complete. So every subscriber sees every event once, in order, whichever way it came.
/// </summary>
public sealed class SituationFeed(NpgsqlDataSource dataSource, IOptions<SituationFeedOptions> options, TimeProvider clock, ILogger<SituationFeed> logger)
    : BackgroundService, ISituationFeed
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    private readonly Lock _gate = new();
    private readonly List<FeedSubscription> _subscriptions = [];
    private readonly Channel<bool> _pokes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _mark = -1;
    private FeedState _state = FeedState.Connecting;

    public long Mark
    {
        get
        {
            lock (_gate)
                return Math.Max(_mark, 0);
        }
    }

    public FeedState State
    {
        get
        {
            lock (_gate)
                return _state;
        }
    }

    public Task Started => _started.Task;

    public IDisposable Subscribe(long after, Func<IReadOnlyList<SituationMessage>, Task> handler, Func<FeedState, Task>? stateChanged = null)
    {
        lock (_gate)
        {
            var subscription = new FeedSubscription(this, after, Math.Max(_mark, after), handler, stateChanged, options.Value.MinimumInterval, clock, logger);
            _subscriptions.Add(subscription);
            subscription.Start(dataSource);
            return subscription;
        }
    }

    /// <summary>For in-process publishers, after the events committed: passed on at once when they follow the mark.</summary>
    public void Deliver(IReadOnlyList<SituationMessage> events)
    {
        var gap = false;
        lock (_gate)
        {
            if (_mark < 0)
                return;
            var next = new List<SituationMessage>(events.Count);
            foreach (var e in events.OrderBy(e => e.Sequence))
            {
                if (e.Sequence <= _mark)
                    continue;
                if (e.Sequence != _mark + 1 || gap)
                {
                    // A number in between may belong to another publisher's event not handed over yet, or to an append
                    // that rolled back: only the log can tell.
                    gap = true;
                    continue;
                }
                next.Add(e);
                _mark = e.Sequence;
            }
            Fan(next);
        }
        if (gap)
            Poke();
    }

    /// <summary>Something was logged somewhere: read the log after the mark.</summary>
    public void Poke() => _pokes.Writer.TryWrite(true);

    internal void Remove(FeedSubscription subscription)
    {
        lock (_gate)
            _subscriptions.Remove(subscription);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_mark < 0)
                {
                    var latest = await SituationEventLog.LatestAsync(dataSource, stoppingToken);
                    lock (_gate)
                        _mark = latest;
                    _started.TrySetResult();
                }
                else
                {
                    await ReadNewAsync(stoppingToken);
                }
                failures = 0;
                SetState(FeedState.Connected);
                using var sweep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                sweep.CancelAfter(options.Value.SweepInterval);
                try
                {
                    await _pokes.Reader.ReadAsync(sweep.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database went away or refused: say so on every page, and try again from the same mark.
                logger.LogWarning(e, "The situation feed could not read the event log; trying again");
                SetState(_mark < 0 ? FeedState.Connecting : FeedState.Reconnecting);
                try
                {
                    await Task.Delay(RetryDelays[Math.Min(failures++, RetryDelays.Length - 1)], clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task ReadNewAsync(CancellationToken ct)
    {
        for (;;)
        {
            long after;
            lock (_gate)
                after = _mark;
            var page = await SituationEventLog.ReadAfterAsync(dataSource, after, SituationEventLog.MaxRead, ct);
            lock (_gate)
            {
                var fresh = page.Where(e => e.Sequence > _mark).ToList();
                if (fresh.Count > 0)
                {
                    _mark = fresh[^1].Sequence;
                    Fan(fresh);
                }
            }
            if (page.Count < SituationEventLog.MaxRead)
                return;
        }
    }

    private void Fan(IReadOnlyList<SituationMessage> events)
    {
        if (events.Count == 0)
            return;
        foreach (var subscription in _subscriptions)
            subscription.Enqueue(events);
    }

    private void SetState(FeedState state)
    {
        FeedSubscription[] subscriptions;
        lock (_gate)
        {
            if (_state == state)
                return;
            _state = state;
            subscriptions = [.. _subscriptions];
        }
        foreach (var subscription in subscriptions)
            subscription.Announce(state);
    }
}
