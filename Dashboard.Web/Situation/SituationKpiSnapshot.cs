using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Situation;

/// <summary>
/// The KPI tiles for every open page of this instance: one reading shared by all circuits, taken again when an event
/// touches alerts or reports (at most every <see cref="SituationFeedOptions.KpiInterval"/>) or when it grows old. A
/// failed reading is logged and tried again at the next tick; pages keep the last good figures meanwhile.
/// </summary>
public sealed class SituationKpiSnapshot(ISituationFeed feed, SituationKpiQuery query, IOptions<SituationFeedOptions> options, TimeProvider clock,
    ILogger<SituationKpiSnapshot> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<Func<SituationKpis, Task>> _listeners = [];
    private readonly SemaphoreSlim _reading = new(1, 1);
    private SituationKpis? _current;
    private volatile bool _stale = true;
    private long _reads;

    /// <summary>How many times the KPIs were read from the database: one per change, however many pages watch.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    public SituationKpis? Current => _current;

    /// <summary>The figures now: the shared reading, taken first if there is none yet.</summary>
    public async Task<SituationKpis?> GetAsync(CancellationToken ct)
    {
        if (_current is { } current)
            return current;
        // Pages opening together wait for one reading rather than each taking its own.
        await RefreshAsync(ct, onlyIfNone: true);
        return _current;
    }

    /// <summary>Calls <paramref name="listener"/> with every new reading until disposed.</summary>
    public IDisposable Subscribe(Func<SituationKpis, Task> listener)
    {
        lock (_gate)
            _listeners.Add(listener);
        return new Unsubscriber(this, listener);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await feed.Started.WaitAsync(stoppingToken);
        using var events = feed.Subscribe(feed.Mark, OnEventsAsync);
        using var timer = new PeriodicTimer(options.Value.KpiInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var old = _current is null || clock.GetUtcNow() - _current.AsOf > options.Value.KpiMaxAge;
                if (_stale || old)
                    await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private Task OnEventsAsync(IReadOnlyList<SituationMessage> events)
    {
        if (events.Any(e => e.Type is SituationEventType.AlertRaised or SituationEventType.AlertChanged or SituationEventType.ReportsReceived))
            _stale = true;
        return Task.CompletedTask;
    }

    /// <summary>An action of this instance changed the figures: read them at the next tick, not at the next event.</summary>
    public void Invalidate() => _stale = true;

    private async Task RefreshAsync(CancellationToken ct, bool onlyIfNone = false)
    {
        SituationKpis kpis;
        await _reading.WaitAsync(ct);
        try
        {
            if (onlyIfNone && _current is not null)
                return;
            _stale = false;
            kpis = await query.ReadAsync(ct);
            Interlocked.Increment(ref _reads);
            _current = kpis;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _stale = true;
            logger.LogWarning(e, "Could not read the KPI tiles; trying again");
            return;
        }
        finally
        {
            _reading.Release();
        }
        Func<SituationKpis, Task>[] listeners;
        lock (_gate)
            listeners = [.. _listeners];
        // Each page re-renders on its own circuit; a slow one holds up neither the others nor the next reading.
        foreach (var listener in listeners)
            _ = NotifyAsync(listener, kpis);
    }

    private async Task NotifyAsync(Func<SituationKpis, Task> listener, SituationKpis kpis)
    {
        try
        {
            await listener(kpis);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A KPI listener failed");
        }
    }

    private sealed class Unsubscriber(SituationKpiSnapshot owner, Func<SituationKpis, Task> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
                owner._listeners.Remove(listener);
        }
    }
}
