using System.Threading.Channels;
using Dashboard.Geo.Situation;
using Npgsql;

namespace Dashboard.Web.Situation;

/// <summary>
/// One subscriber's place in the feed: what it missed is read back from the log first, then live batches follow, each
/// event once and in order. Batches that come faster than the minimum interval are merged into one delivery, so a
/// burst of reports is a few renders, not thousands. A handler that throws is logged and keeps its subscription.
/// </summary>
internal sealed class FeedSubscription : IDisposable
{
    private readonly SituationFeed _feed;
    private readonly long _after;
    private readonly long _liveFrom;
    private readonly Func<IReadOnlyList<SituationMessage>, Task> _handler;
    private readonly Func<FeedState, Task>? _stateChanged;
    private readonly TimeSpan _minimumInterval;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Channel<IReadOnlyList<SituationMessage>> _batches = Channel.CreateUnbounded<IReadOnlyList<SituationMessage>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private long _delivered;

    public FeedSubscription(SituationFeed feed, long after, long liveFrom, Func<IReadOnlyList<SituationMessage>, Task> handler,
        Func<FeedState, Task>? stateChanged, TimeSpan minimumInterval, TimeProvider clock, ILogger logger)
    {
        _feed = feed;
        _after = after;
        _liveFrom = liveFrom;
        _handler = handler;
        _stateChanged = stateChanged;
        _minimumInterval = minimumInterval;
        _clock = clock;
        _logger = logger;
        _delivered = after;
    }

    public void Start(NpgsqlDataSource dataSource) => _ = Task.Run(() => PumpAsync(dataSource));

    public void Enqueue(IReadOnlyList<SituationMessage> events) => _batches.Writer.TryWrite(events);

    public void Announce(FeedState state)
    {
        if (_stateChanged is null || _stop.IsCancellationRequested)
            return;
        _ = Task.Run(async () =>
        {
            try
            {
                await _stateChanged(state);
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "A situation subscriber failed on a state change");
            }
        });
    }

    private async Task PumpAsync(NpgsqlDataSource dataSource)
    {
        var ct = _stop.Token;
        try
        {
            await CatchUpAsync(dataSource, ct);
            var last = DateTimeOffset.MinValue;
            while (await _batches.Reader.WaitToReadAsync(ct))
            {
                var wait = last + _minimumInterval - _clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, _clock, ct);
                var pending = new List<SituationMessage>();
                while (_batches.Reader.TryRead(out var batch))
                    pending.AddRange(batch);
                last = _clock.GetUtcNow();
                await DeliverAsync(pending);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A situation subscription stopped");
        }
    }

    /// <summary>What was logged between the subscriber's mark and the feed's, read in pages from the log.</summary>
    private async Task CatchUpAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var from = _after;
        while (from < _liveFrom)
        {
            IReadOnlyList<SituationMessage> page;
            try
            {
                page = await SituationEventLog.ReadAfterAsync(dataSource, from, SituationEventLog.MaxRead, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "A situation subscriber could not catch up from {After}; trying again", from);
                await Task.Delay(TimeSpan.FromSeconds(2), _clock, ct);
                continue;
            }
            var upToLive = page.Where(e => e.Sequence <= _liveFrom).ToList();
            await DeliverAsync(upToLive);
            if (page.Count < SituationEventLog.MaxRead || upToLive.Count < page.Count)
                break;
            from = page[^1].Sequence;
        }
        _delivered = Math.Max(_delivered, _liveFrom);
    }

    private async Task DeliverAsync(List<SituationMessage> events)
    {
        var fresh = events.Where(e => e.Sequence > _delivered).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count == 0 || _stop.IsCancellationRequested)
            return;
        _delivered = fresh[^1].Sequence;
        try
        {
            await _handler(fresh);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "A situation subscriber failed on events {First}–{Last}", fresh[0].Sequence, fresh[^1].Sequence);
        }
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
            return;
        _stop.Cancel();
        _batches.Writer.TryComplete();
        _feed.Remove(this);
    }
}
