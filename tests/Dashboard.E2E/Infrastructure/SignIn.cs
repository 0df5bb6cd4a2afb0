using Microsoft.Playwright;

namespace Dashboard.E2E.Infrastructure;

internal static class SignIn
{
    private const string DemoPassword = ApiSession.DemoPassword;

    /// <summary>Signs in through the real form, as a person would, and waits to land on the map.</summary>
    public static async Task AsAsync(IPage page, string userName)
    {
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", DemoPassword);
        // The password hash and the first render of the map take seconds on a loaded 2-core machine, and at the start of
        // a full run every class's server is seeding and computing its first risk map at once: allow for it (150 s was
        // once not enough for the first sign-in of a class).
        await page.ClickAsync("button[type=submit]", new PageClickOptions { Timeout = 240_000 });
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 240_000 });
    }
}
