using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Map;

/// <summary>
/// Passes calls on to bUnit's JS runtime, wrapping every object reference it returns, so a test can see what bUnit
/// cannot: which references were disposed (named by the call that made them), and hold a call back until released.
/// </summary>
internal sealed class InterceptingJSRuntime(IJSRuntime inner) : IJSRuntime
{
    private readonly Dictionary<string, TaskCompletionSource> _gates = [];

    public List<string> Disposed { get; } = [];

    /// <summary>Calls to <paramref name="identifier"/> on any reference wait until the returned source is completed.</summary>
    public TaskCompletionSource Hold(string identifier) =>
        _gates[identifier] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        Track(await inner.InvokeAsync<TValue>(identifier, args), identifier);

    public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
        Track(await inner.InvokeAsync<TValue>(identifier, cancellationToken, args), identifier);

    private async Task WaitAsync(string identifier)
    {
        if (_gates.TryGetValue(identifier, out var gate))
            await gate.Task;
    }

    private TValue Track<TValue>(TValue value, string madeBy) =>
        value is IJSObjectReference reference ? (TValue)(object)new Reference(reference, madeBy, this) : value;

    private sealed class Reference(IJSObjectReference inner, string madeBy, InterceptingJSRuntime owner) : IJSObjectReference
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            await owner.WaitAsync(identifier);
            return owner.Track(await inner.InvokeAsync<TValue>(identifier, cancellationToken, args), identifier);
        }

        public ValueTask DisposeAsync()
        {
            owner.Disposed.Add(madeBy);
            return inner.DisposeAsync();
        }
    }
}
