using System.Security.Claims;
using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Alerts;

/// <summary>A person acts on alerts, from the API or the live view alike: stored with its audit line, then pushed.</summary>
public sealed class AlertHandling(AlertStore store, ISituationPublisher publisher)
{
    public async Task<AlertActionOutcome> ApplyAsync(IReadOnlyCollection<long> ids, AlertCommand command, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.ActorName();
        var outcome = await store.ApplyAsync(ids, command, actor, user.FindFirstValue(DashboardClaims.Agency), ct);
        await publisher.PublishAsync(outcome.Events, CancellationToken.None);
        return outcome;
    }
}
