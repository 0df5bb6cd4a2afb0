using System.Threading.Channels;
using Dashboard.Geo.Situation;
using Dashboard.Web.Situation;

namespace Dashboard.Web.Tests.Live;

/// <summary>
/// A situation feed the test drives: events written to <see cref="Push"/> reach every subscriber through a channel,
/// one batch at a time, as the real feed's subscriptions deliver them.
/// </summary>
public sealed class FakeSituationFeed : ISituationFeed
{
    private readonly List<(Channel<IReadOnlyList<SituationMessage>> Events, Func<FeedState, Task>? State)> _subscribers = [];
    private long _sequence = 100;

    public long Mark => 100;

    public FeedState State { get; private set; } = FeedState.Connected;

    public Task Started => Task.CompletedTask;

    public int Subscribers
    {
        get
        {
            lock (_subscribers)
                return _subscribers.Count;
        }
    }

    private readonly List<(int Count, TaskCompletionSource Reached)> _waits = [];

    /// <summary>Completes when at least <paramref name="count"/> subscribers listen: a wait on a condition, not on time.</summary>
    public Task SubscribersReached(int count)
    {
        lock (_subscribers)
        {
            if (_subscribers.Count >= count)
                return Task.CompletedTask;
            var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((count, wait));
            return wait.Task;
        }
    }

    public IDisposable Subscribe(long after, Func<IReadOnlyList<SituationMessage>, Task> handler, Func<FeedState, Task>? stateChanged = null)
    {
        var channel = Channel.CreateUnbounded<IReadOnlyList<SituationMessage>>();
        var entry = (channel, stateChanged);
        lock (_subscribers)
        {
            _subscribers.Add(entry);
            foreach (var wait in _waits.Where(w => w.Count <= _subscribers.Count).ToList())
            {
                _waits.Remove(wait);
                wait.Reached.TrySetResult();
            }
        }
        _ = Task.Run(async () =>
        {
            await foreach (var batch in channel.Reader.ReadAllAsync())
                await handler(batch);
        });
        return new Unsubscribe(() =>
        {
            lock (_subscribers)
                _subscribers.Remove(entry);
            channel.Writer.TryComplete();
        });
    }

    /// <summary>Numbers the events as the log would and hands them to every subscriber.</summary>
    public void Push(params SituationMessage[] drafts)
    {
        var events = drafts.Select(d => d with { Sequence = Interlocked.Increment(ref _sequence), At = DateTimeOffset.UtcNow }).ToList();
        lock (_subscribers)
            foreach (var (channel, _) in _subscribers)
                channel.Writer.TryWrite(events);
    }

    public async Task SetStateAsync(FeedState state)
    {
        State = state;
        List<Func<FeedState, Task>?> listeners;
        lock (_subscribers)
            listeners = [.. _subscribers.Select(s => s.State)];
        foreach (var listener in listeners)
            if (listener is not null)
                await listener(state);
    }

    private sealed class Unsubscribe(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
