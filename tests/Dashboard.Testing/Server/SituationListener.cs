using System.Collections.Concurrent;
using Dashboard.Geo.Situation;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Testing.Server;

/// <summary>A SignalR client of /hubs/situation, as another process would be: it keeps every event it hears.</summary>
public sealed class SituationListener : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<SituationMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private SituationListener(HubConnection connection)
    {
        _connection = connection;
        _connection.On<IReadOnlyList<SituationMessage>>("Events", events =>
        {
            foreach (var e in events)
                _received.Enqueue(e);
            _arrived.Release();
        });
    }

    public IReadOnlyList<SituationMessage> Received => [.. _received];

    public static async Task<SituationListener> ConnectAsync(Uri baseUri, string cookieHeader)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "hubs/situation"), o => o.Headers["Cookie"] = cookieHeader)
            .AddJsonProtocol(o => SituationJson.Configure(o.PayloadSerializerOptions))
            .Build();
        var listener = new SituationListener(connection);
        await listener.StartAsync();
        return listener;
    }

    /// <summary>Completes when the connection has been lost (e.g. the server went away).</summary>
    public Task Closed { get; private set; } = Task.CompletedTask;

    /// <summary>Connects again after the connection was lost.</summary>
    public Task ReconnectAsync() => StartAsync();

    private async Task StartAsync()
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        Closed = closed.Task;
        await _connection.StartAsync();
    }

    public Task<IReadOnlyList<SituationMessage>> CatchUpAsync(long after) =>
        _connection.InvokeAsync<IReadOnlyList<SituationMessage>>("CatchUp", after);

    public Task<long> LatestAsync() => _connection.InvokeAsync<long>("Latest");

    /// <summary>Waits until an event matching the condition has arrived by push; fails after the timeout.</summary>
    public async Task<SituationMessage> WaitForAsync(Func<SituationMessage, bool> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_received.FirstOrDefault(condition) is { } found)
                return found;
            try
            {
                await _arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching event within {timeout}; received {_received.Count}: " +
                    string.Join(", ", _received.Select(e => $"{e.Sequence}:{e.Type}")));
            }
        }
    }

    /// <summary>
    /// Waits for the alert raised by a report made at this place (a rule that judges one report puts its alert where
    /// the report was made) and returns its id. The rules run just after the report is stored, so this is the way to
    /// know they have.
    /// </summary>
    public async Task<long> WaitForAlertRaisedAtAsync(double longitude, double latitude, TimeSpan timeout) =>
        (await WaitForAsync(e => e is { Type: SituationEventType.AlertRaised, Alert: { } a }
            && Math.Abs(a.Longitude - longitude) < 1e-9 && Math.Abs(a.Latitude - latitude) < 1e-9, timeout)).Alert!.Id;

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _arrived.Dispose();
    }
}
