using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Access;

/// <summary>A TIMPORA member who opens an operations page is told why it is refused and led back, not sent to sign in again.</summary>
public sealed class AccessDeniedJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("/live", 1366)]
    [InlineData("/patrols", 390)]
    public async Task TimporaMember_OpeningAnOperationsPage_Gets403_ThatSaysWhyAndLinksBack(string path, int width)
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: width, height: width < 600 ? 844 : 768);
        await SignIn.AsAsync(page, "timpora.polri");

        var response = await page.GotoAsync(path);

        Assert.Equal(403, response!.Status);
        Assert.EndsWith(path, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var denied = page.Locator("[data-testid=access-denied]");
        await Assertions.Expect(denied.Locator("h1")).ToHaveTextAsync("Akses ditolak");
        await Assertions.Expect(denied).ToContainTextAsync("timpora.polri");
        Assert.Equal(0, await page.Locator("input[name='Input.Password']").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"access-denied-{width}.png") });

        await page.Locator("[data-testid=access-denied-home]").ClickAsync();
        await page.WaitForURLAsync("**/briefing");
    }

    [Fact]
    public async Task InEnglish_TheRefusalIsInEnglish()
    {
        var page = await browser.NewPageAsync(server.BaseUri, locale: "en-GB");
        await SignIn.AsAsync(page, "timpora.polri");
        await page.ClickAsync("[data-testid=culture-en]");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");

        var response = await page.GotoAsync("/live");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("[data-testid=access-denied] h1")).ToHaveTextAsync("Access denied");
        await Assertions.Expect(page.Locator("[data-testid=access-denied-home]")).ToHaveTextAsync("Back to your own work");
    }

    [Fact]
    public async Task NotSignedIn_StillGoesToTheSignInForm()
    {
        var page = await browser.NewPageAsync(server.BaseUri);

        await page.GotoAsync("/live");

        await page.WaitForURLAsync("**/account/login**");
    }
}
