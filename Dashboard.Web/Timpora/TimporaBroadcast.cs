namespace Dashboard.Web.Timpora;

/// <summary>
/// Tells open TIMPORA pages of this process that a TIMPORA's warnings, requests or meetings changed, so both sides
/// see a new message or an answer without reloading. Pages reload through the audited services.
/// </summary>
public sealed class TimporaBroadcast
{
    private readonly Lock _gate = new();
    private readonly List<Func<string, Task>> _handlers = [];

    public IDisposable Subscribe(Func<string, Task> onChanged)
    {
        lock (_gate)
            _handlers.Add(onChanged);
        return new Subscription(this, onChanged);
    }

    public void Changed(string areaCode)
    {
        Func<string, Task>[] handlers;
        lock (_gate)
            handlers = [.. _handlers];
        foreach (var handler in handlers)
            _ = handler(areaCode);
    }

    private void Remove(Func<string, Task> handler)
    {
        lock (_gate)
            _handlers.Remove(handler);
    }

    private sealed class Subscription(TimporaBroadcast owner, Func<string, Task> handler) : IDisposable
    {
        public void Dispose() => owner.Remove(handler);
    }
}
