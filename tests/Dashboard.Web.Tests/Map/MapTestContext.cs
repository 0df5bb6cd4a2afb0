using System.Globalization;
using Dashboard.Web.Map;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Map;

/// <summary>
/// Shared set-up for the map's component tests: the app's real resources in Bahasa Indonesia, MudBlazor's services,
/// and helpers that stand in for LeafletMap.razor.js with explicit module set-ups.
/// </summary>
public abstract class MapTestContext : BunitContext, IAsyncLifetime
{
    protected MapTestContext()
    {
        // The UI is Indonesian first; pin the culture so assertions on text do not depend on the machine.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("id");
        Services.AddLocalization();
        Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only IAsyncDisposable; xUnit 2 disposes test classes synchronously unless asked this way.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    /// <summary>
    /// Sets up the module import and its createMap, returning the interop that stands for the map handle
    /// createMap returns; flyTo, setLayerVisible and dispose are answered on it.
    /// </summary>
    protected (BunitJSModuleInterop Module, BunitJSModuleInterop Map) SetupMapModule()
    {
        var module = JSInterop.SetupModule(LeafletMap.ModulePath);
        var map = module.SetupModule("createMap", _ => true);
        SetupMapHandle(map);
        return (module, map);
    }

    protected static void SetupMapHandle(BunitJSInterop map)
    {
        map.SetupVoid("flyTo", _ => true).SetVoidResult();
        map.SetupVoid("setLayerVisible", _ => true).SetVoidResult();
        map.SetupVoid("setLayerParameters", _ => true).SetVoidResult();
        map.SetupVoid("dispose", _ => true).SetVoidResult();
    }
}
