using Microsoft.Extensions.DependencyInjection;
using Dashboard.Geo.Situation;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs.Situation;

/// <summary>
/// The standalone worker's way to the dashboards: a SignalR client of the web app's hub that hands over the sequence
/// numbers of logged events; the hub reads them from the log and broadcasts them, so the worker cannot put words in
/// the log's mouth. If the hub cannot be reached the events wait in the log for the clients' next catch-up.
/// </summary>
public sealed class HubClientPublisher : ISituationPublisher, IAsyncDisposable
{
    public const string ServiceKeyHeader = "X-Service-Key";
    public const string PublishMethod = "Publish";

    private readonly HubConnection _connection;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly ILogger<HubClientPublisher> _logger;

    public HubClientPublisher(IOptions<SituationOptions> options, ILogger<HubClientPublisher> logger)
    {
        _logger = logger;
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.HubUrl) || string.IsNullOrWhiteSpace(o.ServiceKey))
            throw new InvalidOperationException("Situation:HubUrl and Situation:ServiceKey must be set for the worker to publish events.");
        _connection = new HubConnectionBuilder()
            .WithUrl(o.HubUrl, http => http.Headers[ServiceKeyHeader] = o.ServiceKey)
            .AddJsonProtocol(json => SituationJson.Configure(json.PayloadSerializerOptions))
            .WithAutomaticReconnect()
            .Build();
    }

    public async Task PublishAsync(IReadOnlyList<SituationMessage> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        try
        {
            await EnsureConnectedAsync(ct);
            await _connection.InvokeAsync(PublishMethod, events.Select(e => e.Sequence).ToArray(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not publish events {First}–{Last} to the hub; clients will catch up from the log",
                events[0].Sequence, events[^1].Sequence);
        }
    }

    private async Task EnsureConnectedAsync(CancellationToken ct)
    {
        if (_connection.State == HubConnectionState.Connected)
            return;
        await _starting.WaitAsync(ct);
        try
        {
            if (_connection.State == HubConnectionState.Disconnected)
                await _connection.StartAsync(ct);
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _starting.Dispose();
    }
}
