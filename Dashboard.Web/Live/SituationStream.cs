using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Live;

/// <summary>
/// A page's connection to the situation hub, made in the browser by situation-stream.js: it catches up from a mark,
/// reconnects, and calls the page's OnEvents(json) and OnConnectionState(state). Disposing closes it.
/// </summary>
public sealed class SituationStream : IAsyncDisposable
{
    private const string ModulePath = "./js/live/situation-stream.js";

    private readonly IJSObjectReference _stream;
    private readonly IDisposable _page;

    private SituationStream(IJSObjectReference module, IJSObjectReference stream, IDisposable page)
    {
        Module = module;
        _stream = stream;
        _page = page;
    }

    /// <summary>The stream's module, which also keeps the live view's mute setting and plays its alarm.</summary>
    public IJSObjectReference Module { get; }

    /// <summary>Connects, asking the hub for every event after <paramref name="after"/> (read before the page read its data).</summary>
    public static async Task<SituationStream> OpenAsync<TPage>(IJSRuntime js, NavigationManager navigation, TPage page, long after)
        where TPage : class
    {
        var self = DotNetObjectReference.Create(page);
        var module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        var stream = await module.InvokeAsync<IJSObjectReference>("connect", self, navigation.ToAbsoluteUri(SituationHub.Path.TrimStart('/')).ToString(), after);
        return new SituationStream(module, stream, self);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stream.InvokeVoidAsync("dispose");
            await _stream.DisposeAsync();
            await Module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        _page.Dispose();
    }
}
