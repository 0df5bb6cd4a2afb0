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
    /// Flips the layer's switch as a person does: a real pointer click at the middle of the switch's label. Playwright
    /// checks that the element at that point is the label (or inside it), so a switch covered by another element
    /// (the map, a panel) fails the click instead of being toggled behind the user's back.
    /// </summary>
    public async Task ToggleLayerAsync(string layer)
    {
        var input = page.Locator($"[data-testid=layer-{layer}] input");
        var before = await input.IsCheckedAsync();
        await page.Locator($"[data-testid=layer-{layer}] label").ClickAsync(new LocatorClickOptions { Timeout = 5_000 });
        await Assertions.Expect(input).ToBeCheckedAsync(new LocatorAssertionsToBeCheckedOptions { Checked = !before });
    }

    /// <summary>Opens one of the risk-run pickers with a real click and picks the option whose text contains <paramref name="option"/>.</summary>
    public async Task PickRiskRunAsync(string picker, string option)
    {
        await page.Locator($"[data-testid={picker}] .mud-input-control").ClickAsync(new LocatorClickOptions { Timeout = 5_000 });
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First
            .ClickAsync(new LocatorClickOptions { Timeout = 5_000 });
    }

    /// <summary>Waits until the picker shows a choice starting with <paramref name="prefix"/> (as text or as its input's value) and its list has closed.</summary>
    public Task WaitForPickedAsync(string picker, string prefix) =>
        page.WaitForFunctionAsync(
            """
            ([picker, prefix]) => {
                const box = document.querySelector(`[data-testid=${picker}]`);
                if (!box || document.querySelector('.mud-popover-open .mud-list-item')) return false;
                const shown = [box.innerText, ...[...box.querySelectorAll('input')].map(i => i.value)];
                return shown.some(t => t.trim().startsWith(prefix) || t.includes('\n' + prefix));
            }
            """, new[] { picker, prefix });

    public async Task SearchAndGoAsync(string text)
    {
        var zoomBefore = await page.GetAttributeAsync(Map, "data-zoom");
        await page.FillAsync("[data-testid=place-search]", text);
        await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{text}')");
        await page.WaitForFunctionAsync("before => document.querySelector('[data-testid=map]').getAttribute('data-zoom') !== before", zoomBefore);
    }
}
