using Microsoft.Playwright;

namespace Dashboard.E2E.Infrastructure;

/// <summary>The app bar's links as a person reaches them: straight on a laptop, through the menu button on a phone.</summary>
internal static class AppMenu
{
    public static async Task GoToAsync(IPage page, string navTestId)
    {
        var link = page.Locator($"[data-testid={navTestId}]");
        var menuButton = page.Locator(".app-menu-button");
        if (!await link.IsVisibleAsync() && await menuButton.IsVisibleAsync())
        {
            // The circuit re-renders the bar when it comes up, closing a menu opened on the prerendered page.
            await page.WaitForSelectorAsync("[data-testid=app-menu-toggle][data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
            await menuButton.ClickAsync();
        }
        await link.ClickAsync();
    }
}
