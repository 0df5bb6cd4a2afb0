using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.WatchLists;

/// <summary>An HQ analyst watches a new destination and adds a modus, with the pointer and the keyboard, and sees the new version.</summary>
public sealed class WatchListsJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task AnAnalyst_SavesANewVersionOfTheWatchedDestinations_AndAddsAModus()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(page, "analis");
        await AppMenu.GoToAsync(page, "nav-watch-lists");
        await page.WaitForSelectorAsync("[data-testid=watch-lists][data-ready=true]");
        var versions = await page.Locator("[data-testid=watch-version]").CountAsync();

        // Without a reason the version is refused, in words, under the field.
        var destinations = page.Locator("[data-testid=watch-destinations]");
        await destinations.ClickAsync();
        await destinations.PressAsync("End");
        await destinations.PressSequentiallyAsync(", Taiwan");
        await page.Locator("[data-testid=watch-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=error-note]")).ToBeVisibleAsync();

        await page.Locator("[data-testid=watch-note]").ClickAsync();
        await page.Locator("[data-testid=watch-note]").PressSequentiallyAsync("Kasus ABK ke Taiwan bulan ini");
        await page.Locator("[data-testid=watch-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=watch-message]")).ToContainTextAsync("disimpan");
        await Assertions.Expect(page.Locator("[data-testid=watch-version]")).ToHaveCountAsync(versions + 1);
        await Assertions.Expect(page.Locator("[data-testid=watch-version]").First).ToContainTextAsync("TW");
        await Assertions.Expect(page.Locator("[data-testid=watch-in-force]")).ToContainTextAsync("Analis");

        var code = $"UJI_{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        await page.Locator("[data-testid=watch-modus-code]").FillAsync(code);
        await page.Locator("[data-testid=watch-modus-name-id]").FillAsync("Visa ziarah (uji)");
        await page.Locator("[data-testid=watch-modus-name-en]").FillAsync("Pilgrimage visa (test)");
        await page.Locator("[data-testid=watch-modus-add]").ClickAsync();
        var modus = page.Locator($"[data-testid=watch-modus][data-code={code}]");
        await Assertions.Expect(modus).ToHaveAttributeAsync("data-active", "true");
        await modus.Locator("[data-testid=watch-modus-toggle]").ClickAsync();
        await Assertions.Expect(modus).ToHaveAttributeAsync("data-active", "false");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "watch-lists-1366.png"), FullPage = true });
    }
}
