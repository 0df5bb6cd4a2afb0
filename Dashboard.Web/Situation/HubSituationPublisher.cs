using Dashboard.Geo.Situation;
using Dashboard.Jobs.Situation;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Web.Situation;

/// <summary>
/// Inside the web app, events go straight to the hub's clients (through Redis to the other instances' clients when
/// scale-out is configured). A failed send is logged; the clients catch up from the log.
/// </summary>
public sealed class HubSituationPublisher(IHubContext<SituationHub, ISituationClient> hub, ILogger<HubSituationPublisher> logger) : ISituationPublisher
{
    public async Task PublishAsync(IReadOnlyList<SituationMessage> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        try
        {
            await hub.Clients.All.Events(events);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not push events {First}–{Last}; clients will catch up from the log", events[0].Sequence, events[^1].Sequence);
        }
    }
}
