using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Overview;

/// <summary>Headquarters signs in and lands on the national picture; a region in it opens the briefing.</summary>
public sealed class OverviewJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task AnAnalystSigningIn_LandsOnTheOverview_AndATopRegionOpensItsBriefing()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1440, height: 900);
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name='Input.UserName']", "analis");
        await page.FillAsync("input[name='Input.Password']", ApiSession.DemoPassword);
        // As SignIn allows: the password hash and the first render take seconds on a loaded 2-core machine, and this
        // is often the first sign-in of the run, while the demo world's first risk run is still computing.
        await page.ClickAsync("button[type=submit]", new PageClickOptions { Timeout = 150_000 });

        await page.WaitForURLAsync("**/overview", new PageWaitForURLOptions { Timeout = 150_000 });
        await page.WaitForSelectorAsync("[data-testid=overview-page][data-ready=true]");
        Assert.True(await page.Locator("[data-testid=overview-regions] [data-testid=briefing-row]").CountAsync() >= 5);
        await Assertions.Expect(page.Locator("[data-testid=overview-trends] [data-testid=trend-chart]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=offloading-trend]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=overview-critical]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "overview.png") });

        // A page left open stays current: a credible sighting beside an active rat route raises a critical alert,
        // and it appears here without a reload.
        using var officer = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        var (lon, lat) = await DemoPlaces.BesideActiveRatRouteAsync(server.ConnectionString, nth: 2);
        await officer.ReportAsync(ApiSession.Sighting(lon, lat));
        var alertId = await listener.WaitForAlertRaisedAtAsync(lon, lat, TimeSpan.FromSeconds(10));
        await Assertions.Expect(page.Locator($"[data-testid=overview-critical-alert][data-alert-id='{alertId}']"))
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });

        var top = page.Locator("[data-testid=overview-regions] [data-testid=briefing-row]").First;
        var code = await top.GetAttributeAsync("data-code");
        await top.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=briefing-page][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=trend-chart]")).ToHaveAttributeAsync("data-area", code!);
    }

    [Fact]
    public async Task OnAWallScreen_TheOverviewSwitchesToLargeType_AndBack()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1920, height: 1080);
        await SignIn.AsAsync(page, "analis");
        await page.GotoAsync("/overview");
        await page.WaitForSelectorAsync("[data-testid=overview-page][data-ready=true]");
        var value = page.Locator("[data-testid=kpi-open-alerts] .kpi-value");
        var normal = await value.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");

        await page.Locator("[data-testid=overview-wall-toggle]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=overview-page][data-wall=true][data-ready=true]");
        Assert.EndsWith("wall=1", page.Url);
        var wall = await value.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(wall >= normal * 1.5, $"the wall's figures are {wall}px against {normal}px");
        await Assertions.Expect(page.Locator("[data-testid=overview-trends] [data-testid=trend-chart]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "overview-wall-1920.png") });

        await page.Locator("[data-testid=overview-wall-toggle]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=overview-page][data-wall=false][data-ready=true]");
    }
}
