using Dashboard.Geo.Situation;
using Dashboard.Jobs.Situation;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Web.Situation;

/// <summary>
/// Inside the web app, logged events go three ways: to this instance's feed (the pages), to the other instances'
/// feeds as news on the backplane, and to the hub's external clients (through Redis to the other instances' clients
/// when scale-out is configured). A failed send is logged; readers catch up from the log.
/// </summary>
public sealed class HubSituationPublisher(IHubContext<SituationHub, ISituationClient> hub, SituationFeed feed, ISituationBackplane backplane,
    ILogger<HubSituationPublisher> logger) : ISituationPublisher
{
    public async Task PublishAsync(IReadOnlyList<SituationMessage> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        feed.Deliver(events);
        await backplane.AnnounceAsync(events.Max(e => e.Sequence), ct);
        try
        {
            await SituationHub.SendAsync(hub.Clients, events);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not push events {First}–{Last}; clients will catch up from the log", events[0].Sequence, events[^1].Sequence);
        }
    }
}
