using Dashboard.Geo.Situation;

namespace Dashboard.Web.Situation;

/// <summary>
/// The situation as the server hears it, for the components of every circuit: one reader of the durable log per
/// instance, so a page needs no connection of its own to the hub.
/// </summary>
public interface ISituationFeed
{
    /// <summary>The newest sequence delivered in order: a page that reads its data after taking it misses nothing.</summary>
    long Mark { get; }

    /// <summary>Completes once the feed has found the end of the log: take <see cref="Mark"/> after it.</summary>
    Task Started { get; }

    /// <summary>Whether the feed currently reaches the log.</summary>
    FeedState State { get; }

    /// <summary>
    /// Hands every event after <paramref name="after"/> to <paramref name="handler"/>, oldest first, in throttled
    /// batches; events already logged are read back first. The handler runs on the feed's thread: a component marshals
    /// with InvokeAsync. Disposing stops the deliveries.
    /// </summary>
    IDisposable Subscribe(long after, Func<IReadOnlyList<SituationMessage>, Task> handler, Func<FeedState, Task>? stateChanged = null);
}
