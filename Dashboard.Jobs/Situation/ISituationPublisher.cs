using Dashboard.Geo.Situation;

namespace Dashboard.Jobs.Situation;

/// <summary>
/// Sends events that are already in the durable log to every watching dashboard. In the web app this is the hub
/// itself; in the standalone worker, a SignalR client of the web app's hub. A failed send loses nothing: clients catch
/// up from the log by sequence number.
/// </summary>
public interface ISituationPublisher
{
    Task PublishAsync(IReadOnlyList<SituationMessage> events, CancellationToken ct);
}
