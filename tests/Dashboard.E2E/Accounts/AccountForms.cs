using Microsoft.Playwright;

namespace Dashboard.E2E.Accounts;

/// <summary>The account forms as a person fills them: a first sign-in with a one-time password, a MudBlazor select.</summary>
internal static class AccountForms
{
    public static async Task SignInWithOneTimePasswordAsync(IPage page, string userName, string oneTime, string newPassword)
    {
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", oneTime);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/account/change-password**");
        await Assertions.Expect(page.Locator("[data-testid=must-change-password]")).ToBeVisibleAsync();
        await page.FillAsync("input[name='Input.Current']", oneTime);
        await page.FillAsync("input[name='Input.New']", newPassword);
        await page.FillAsync("input[name='Input.Confirm']", newPassword);
        await page.ClickAsync("[data-testid=change-password]");
        await page.WaitForURLAsync(url => !url.Contains("/account/change-password", StringComparison.Ordinal));
    }

    /// <summary>Opens a MudBlazor select and clicks the item with the text, as a person would.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string item)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
