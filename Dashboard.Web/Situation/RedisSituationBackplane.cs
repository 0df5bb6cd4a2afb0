using System.Globalization;
using StackExchange.Redis;

namespace Dashboard.Web.Situation;

/// <summary>With ConnectionStrings:Redis set: the newest sequence number on a Redis channel that every instance hears.</summary>
public sealed class RedisSituationBackplane(IConnectionMultiplexer redis, SituationFeed feed, ILogger<RedisSituationBackplane> logger)
    : BackgroundService, ISituationBackplane
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("dashboard:situation-log");

    public async Task AnnounceAsync(long sequence, CancellationToken ct)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, sequence.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e)
        {
            // The other instances' sweeps will find it in the log.
            logger.LogWarning(e, "Could not announce event {Sequence} on Redis", sequence);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(_ => feed.Poke());
        // A dropped Redis connection may have lost announcements: look at the log when it comes back.
        redis.ConnectionRestored += (_, _) => feed.Poke();
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
        await queue.UnsubscribeAsync();
    }
}
