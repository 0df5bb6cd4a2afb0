using Dashboard.Geo.Situation;
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
public sealed class SituationHub(NpgsqlDataSource dataSource, SituationFeed feed, ISituationBackplane backplane) : Hub<ISituationClient>
{
    public const string Path = "/hubs/situation";

    /// <summary>Up to 500 events after <paramref name="after"/>; ask again from the last one while a full page comes back.</summary>
    public Task<IReadOnlyList<SituationMessage>> CatchUp(long after) =>
        SituationEventLog.ReadAfterAsync(dataSource, after, SituationEventLog.MaxRead, Context.ConnectionAborted);

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
        await Clients.All.Events(events);
        return events.Count;
    }
}
