using Microsoft.Playwright;

namespace Dashboard.E2E.Infrastructure;

/// <summary>What a person does on the map page, and the conditions the tests wait for (never a fixed sleep).</summary>
internal sealed class MapPageDriver(IPage page)
{
    public const string Map = "[data-testid=map]";

    /// <summary>Waits until the layer has been fetched and drawn for the current view with at least one feature.</summary>
    public Task WaitForLayerDrawnAsync(string layer, float timeoutMs = 60_000) =>
        page.WaitForFunctionAsync(
            """
            layer => {
                const map = document.querySelector('[data-testid=map]');
                return map && map.getAttribute(`data-layer-${layer}-state`) === 'ready'
                    && Number(map.getAttribute(`data-layer-${layer}`)) > 0;
            }
            """, layer, new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 100 });

    public async Task<int> DrawnCountAsync(string layer) =>
        int.Parse(await page.GetAttributeAsync(Map, $"data-layer-{layer}") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    public Task WaitForBasemapAsync() =>
        page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-basemap')) > 0");

    /// <summary>
    /// Flips the layer's switch. MudBlazor draws the switch over a transparent checkbox that Playwright never deems
    /// "visible", so the click is dispatched to the checkbox itself, which toggles it as a real click does.
    /// </summary>
    public async Task ToggleLayerAsync(string layer)
    {
        var input = page.Locator($"[data-testid=layer-{layer}] input");
        var before = await input.IsCheckedAsync();
        await input.DispatchEventAsync("click");
        await Assertions.Expect(input).ToBeCheckedAsync(new LocatorAssertionsToBeCheckedOptions { Checked = !before });
    }

    public async Task SearchAndGoAsync(string text)
    {
        var zoomBefore = await page.GetAttributeAsync(Map, "data-zoom");
        await page.FillAsync("[data-testid=place-search]", text);
        await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{text}')");
        await page.WaitForFunctionAsync("before => document.querySelector('[data-testid=map]').getAttribute('data-zoom') !== before", zoomBefore);
    }
}
