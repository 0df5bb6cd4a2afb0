using System.Collections.Concurrent;
using System.Diagnostics;
using Dashboard.Geo.Situation;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Bench.Live;

/// <summary>
/// Many dashboards watching the hub at once, each a real SignalR connection over WebSockets, signed in as an analyst.
/// They note when each alert reached them, keyed by where it was reported.
/// </summary>
internal sealed class WatchingClients : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly List<ConcurrentDictionary<(double, double), long>> _arrivals = [];
    private readonly SemaphoreSlim _signal = new(0);
    private int _alertArrivals;
    private int _riskMaps;

    public int RiskMapsSeen => Volatile.Read(ref _riskMaps);

    public static async Task<WatchingClients> ConnectAsync(Uri baseUri, string cookieHeader, int count)
    {
        var clients = new WatchingClients();
        for (var i = 0; i < count; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(baseUri, "hubs/situation"), o => o.Headers["Cookie"] = cookieHeader)
                .AddJsonProtocol(o => SituationJson.Configure(o.PayloadSerializerOptions))
                .Build();
            var arrivals = new ConcurrentDictionary<(double, double), long>();
            var first = i == 0;
            connection.On<IReadOnlyList<SituationMessage>>("Events", events => clients.Heard(events, arrivals, first));
            clients._connections.Add(connection);
            clients._arrivals.Add(arrivals);
        }
        // Ten at a time: a real room of dashboards does not open all at the same millisecond either.
        foreach (var chunk in clients._connections.Chunk(10))
            await Task.WhenAll(chunk.Select(c => c.StartAsync()));
        return clients;
    }

    private void Heard(IReadOnlyList<SituationMessage> events, ConcurrentDictionary<(double, double), long> arrivals, bool first)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var e in events)
        {
            if (e is { Type: SituationEventType.AlertRaised, Alert: { } alert } && arrivals.TryAdd((Math.Round(alert.Longitude, 7), Math.Round(alert.Latitude, 7)), now))
                Interlocked.Increment(ref _alertArrivals);
            else if (first && e.Type == SituationEventType.RiskMapUpdated)
                Interlocked.Increment(ref _riskMaps);
        }
        _signal.Release();
    }

    public void Reset()
    {
        foreach (var arrivals in _arrivals)
            arrivals.Clear();
        Interlocked.Exchange(ref _alertArrivals, 0);
    }

    /// <summary>Waits until every client has heard of every one of these alerts, or the timeout passes.</summary>
    public Task WaitForAsync(ICollection<(double, double)> places, TimeSpan timeout) =>
        WaitUntilAsync(() => Volatile.Read(ref _alertArrivals) >= places.Count * _connections.Count, timeout, throwOnTimeout: false);

    /// <summary>Waits for a risk map update beyond the <paramref name="seen"/> ones.</summary>
    public Task WaitForRiskMapAsync(int seen, TimeSpan timeout) => WaitUntilAsync(() => RiskMapsSeen > seen, timeout, throwOnTimeout: true);

    /// <summary>Milliseconds from sending to arrival, one per client and alert; and how many arrivals never came.</summary>
    public (List<double> Samples, int Missing) Latencies(IReadOnlyDictionary<(double, double), long> sent)
    {
        var samples = new List<double>(sent.Count * _connections.Count);
        var missing = 0;
        foreach (var arrivals in _arrivals)
        {
            foreach (var (place, at) in sent)
            {
                if (arrivals.TryGetValue(place, out var heard))
                    samples.Add(Stopwatch.GetElapsedTime(at, heard).TotalMilliseconds);
                else
                    missing++;
            }
        }
        return (samples, missing);
    }

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, bool throwOnTimeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            var left = timeout - deadline.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                if (throwOnTimeout)
                    throw new TimeoutException($"the awaited event did not arrive within {timeout}");
                return;
            }
            await _signal.WaitAsync(left);
            // One look at the condition answers every arrival so far.
            while (_signal.Wait(0))
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var chunk in _connections.Chunk(50))
            await Task.WhenAll(chunk.Select(c => c.DisposeAsync().AsTask()));
        _signal.Dispose();
    }
}
