using Microsoft.Playwright;

namespace Dashboard.E2E.Infrastructure;

/// <summary>The app bar's links as a person reaches them: straight on a laptop, through the menu button on a phone.</summary>
internal static class AppMenu
{
    public static async Task GoToAsync(IPage page, string navTestId)
    {
        var link = page.Locator($"[data-testid={navTestId}]");
        var menuButton = page.Locator(".app-menu-button");
        // A link followed while the circuit is still starting can leave the next page prerendered but never
        // interactive (seen once in CI on /admin/timpora); and the circuit re-renders the bar when it comes up,
        // closing a menu opened on the prerendered page. Both are avoided by waiting for the circuit.
        await page.WaitForSelectorAsync("[data-testid=app-menu-toggle][data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        if (!await link.IsVisibleAsync() && await menuButton.IsVisibleAsync())
            await menuButton.ClickAsync();
        // Records, master data and administration sit in the bar's "more" menu on a laptop.
        var more = page.Locator(".app-more-button");
        if (!await link.IsVisibleAsync() && await more.IsVisibleAsync())
            await more.ClickAsync();
        await link.ClickAsync();
    }
}
