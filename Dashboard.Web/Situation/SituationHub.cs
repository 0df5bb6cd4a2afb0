using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace Dashboard.Web.Situation;

/// <summary>
/// /hubs/situation: every watching dashboard, and other processes, hear each event of the durable log here. A client
/// that connects (or reconnects) asks for what came after the last sequence it saw, so nothing is lost across a
/// dropped connection or a server restart. The jobs worker hands over logged events to broadcast with Publish.
/// </summary>
[Authorize(Policy = Policies.WatchSituation)]
public sealed class SituationHub(NpgsqlDataSource dataSource, SituationFeed feed, ISituationBackplane backplane, AccessLog log) : Hub<ISituationClient>
{
    public const string Path = "/hubs/situation";

    /// <summary>Connections that may see single cases; the others hear case-derived alerts as references.</summary>
    public const string CaseGroup = "cases";

    public const string ReferenceGroup = "case-references";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, CaseAccess.MaySeeIndividualCases(Context.User ?? new()) ? CaseGroup : ReferenceGroup);
        await base.OnConnectedAsync();
    }

    /// <summary>
    /// Up to 500 events after <paramref name="after"/>; ask again from the last one while a full page comes back. A
    /// page with alerts raised from cases is audited, and reaches those who may not see cases as references.
    /// </summary>
    public async Task<IReadOnlyList<SituationMessage>> CatchUp(long after)
    {
        var user = Context.User ?? new();
        var events = await SituationEventLog.ReadAfterAsync(dataSource, after, SituationEventLog.MaxRead, Context.ConnectionAborted);
        await CaseEventAudit.RecordAsync(log, user, "situation.catch-up.read", after, events, Context.ConnectionAborted);
        return CaseReference.For(user, events);
    }

    /// <summary>The newest sequence number: a client that wants only what happens from now on starts here.</summary>
    public Task<long> Latest() => SituationEventLog.LatestAsync(dataSource, Context.ConnectionAborted);

    /// <summary>For the jobs worker: broadcast events it has logged, read back from the log by their numbers.</summary>
    [Authorize(Policy = Policies.PublishSituation)]
    public async Task<int> Publish(long[] sequences)
    {
        var events = await SituationEventLog.ReadAsync(dataSource, sequences, Context.ConnectionAborted);
        if (events.Count == 0)
            return 0;
        feed.Deliver(events);
        await backplane.AnnounceAsync(events.Max(e => e.Sequence), Context.ConnectionAborted);
        await SendAsync(Clients, events);
        return events.Count;
    }

    /// <summary>Pushes events to every connection: whole to those who may see cases, as references to the others.</summary>
    public static async Task SendAsync(IHubClients<ISituationClient> clients, IReadOnlyList<SituationMessage> events)
    {
        await clients.Group(CaseGroup).Events(events);
        await clients.Group(ReferenceGroup).Events([.. events.Select(e => e.Alert is { } a && CaseReference.CarriesCaseFields(a) ? e with { Alert = CaseReference.Strip(a) } : e)]);
    }
}
