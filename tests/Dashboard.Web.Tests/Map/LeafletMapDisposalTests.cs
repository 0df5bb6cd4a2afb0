using Dashboard.Web.Map;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Map;

public sealed class LeafletMapDisposalTests : MapTestContext
{
    private readonly InterceptingJSRuntime _js;

    public LeafletMapDisposalTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _js = new InterceptingJSRuntime(JSInterop.JSRuntime);
        Services.AddSingleton<IJSRuntime>(_js);
    }

    [Fact]
    public async Task Dispose_TearsDownTheMapAndReleasesTheMapAndTheModule()
    {
        var (_, map) = SetupMapModule();
        Render<LeafletMap>();

        await DisposeComponentsAsync();

        map.VerifyInvoke("dispose");
        Assert.Equal(["createMap", "import"], _js.Disposed);
    }

    [Fact]
    public async Task Dispose_WhenTheCircuitIsGone_DoesNotThrow()
    {
        var module = JSInterop.SetupModule(LeafletMap.ModulePath);
        var map = module.SetupModule("createMap", _ => true);
        map.SetupVoid("dispose", _ => true).SetException(new JSDisconnectedException("The circuit is gone."));
        Render<LeafletMap>();

        var failure = await Record.ExceptionAsync(() => DisposeComponentsAsync());

        Assert.Null(failure);
        map.VerifyInvoke("dispose");
    }
}
