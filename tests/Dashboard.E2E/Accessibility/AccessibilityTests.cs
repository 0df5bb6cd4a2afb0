using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Accessibility;

/// <summary>
/// Each role's main pages, checked by axe-core against WCAG 2.2 A and AA (contrast, names, landmarks, ARIA) at a
/// laptop's and a phone's width, in both languages' default. A finding fails the test and names the element.
/// </summary>
public sealed class AccessibilityTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("analis", "/overview", "[data-testid=overview-page][data-ready=true]", 1366)]
    [InlineData("analis", "/live", "[data-testid=live-page][data-ready=true]", 1366)]
    [InlineData("analis", "/", "[data-testid=map][data-basemap]", 1366)]
    [InlineData("timpora.polri", "/briefing", "[data-testid=briefing-page][data-ready=true]", 1366)]
    [InlineData("perencana", "/patrols", "[data-testid=patrol-page][data-ready=true]", 1366)]
    [InlineData("petugas", "/reports/new", "[data-testid=report-form][data-ready=true]", 390)]
    [InlineData("petugas", "/reports", "[data-testid=reports-page][data-ready=true]", 390)]
    [InlineData("analis", "/reports", "[data-testid=reports-page][data-ready=true]", 1366)]
    [InlineData("admin", "/admin/users", "[data-testid=admin-users][data-ready=true]", 1366)]
    [InlineData("admin", "/admin/audit", "[data-testid=admin-audit][data-ready=true]", 1366)]
    [InlineData("analis", "/evaluation", "[data-testid=evaluation][data-ready=true]", 1366)]
    [InlineData("analis", "/evaluation", "[data-testid=evaluation][data-ready=true]", 390)]
    [InlineData("admin", "/crossings", "[data-testid=crossings-page][data-ready=true]", 1366)]
    [InlineData("admin", "/villages", "[data-testid=villages-page][data-ready=true]", 1366)]
    [InlineData("analis", "/live", "[data-testid=live-page][data-ready=true]", 390)]
    [InlineData("timpora.polri", "/timpora", "[data-testid=timpora-home][data-ready=true]", 390)]
    [InlineData("admin", "/admin/timpora", "[data-testid=admin-timpora][data-ready=true]", 1366)]
    [InlineData("perencana", "/timpora", "[data-testid=timpora-messages][data-ready=true]", 1366)]
    [InlineData("perencana", "/timpora/meetings?area=61.05", "[data-testid=timpora-meetings][data-ready=true]", 1366)]
    [InlineData("timpora.polri", "/timpora/meetings", "[data-testid=timpora-meetings][data-ready=true]", 390)]
    [InlineData("timpora.polri", "/timpora/live", "[data-testid=timpora-live][data-ready=true]", 390)]
    [InlineData("timpora.polri", "/timpora/live", "[data-testid=timpora-live][data-ready=true]", 1366)]
    [InlineData("analis", "/overview", "[data-testid=overview-page][data-ready=true]", 1920)]
    [InlineData("analis", "/", "[data-testid=map][data-basemap]", 390)]
    [InlineData("timpora.polri", "/briefing", "[data-testid=briefing-page][data-ready=true]", 390)]
    [InlineData("petugas", "/screenings/new", "[data-testid=screening-form][data-ready=true]", 390)]
    [InlineData("petugas", "/screenings", "[data-testid=screenings-page][data-ready=true]", 390)]
    [InlineData("petugas", "/interviews", "[data-testid=interviews-page][data-ready=true]", 390)]
    [InlineData("petugas", "/repatriations/new", "[data-testid=repatriation-form][data-ready=true]", 390)]
    [InlineData("perencana", "/repatriations", "[data-testid=repatriations-page][data-ready=true]", 1366)]
    [InlineData("ppa.batam", "/referrals", "[data-testid=referrals-page][data-ready=true]", 390)]
    [InlineData("admin", "/admin/services", "[data-testid=admin-services][data-ready=true]", 1366)]
    [InlineData("petugas", "/account/two-factor", "[data-testid=two-factor-key]", 390)]
    [InlineData("petugas", "/cases", "[data-testid=cases-page][data-ready=true]", 390)]
    [InlineData("analis", "/cases", "[data-testid=cases-page][data-ready=true]", 1366)]
    [InlineData("petugas", "/cases/new", "[data-testid=case-form-page][data-ready=true]", 390)]
    [InlineData("analis", "/admin/watch-lists", "[data-testid=watch-lists][data-ready=true]", 1366)]
    [InlineData("analis", "/admin/watch-lists", "[data-testid=watch-lists][data-ready=true]", 390)]
    public async Task APage_HasNoWcagViolations(string user, string path, string ready, int width)
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: width, height: width switch { < 600 => 844, > 1600 => 1080, _ => 768 }, touch: width < 600);
        await SignIn.AsAsync(page, user);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(ready);
        // The title comes with the page's head once the circuit has rendered it; a page without one still fails here.
        await page.WaitForFunctionAsync("() => document.title.trim().length > 0");

        var violations = await AxeCheck.ViolationsAsync(page);
        var name = path.Trim('/').Replace('/', '-') is { Length: > 0 } n ? n : "map";
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"a11y-{name}-{width}.png") });

        Assert.True(violations.Count == 0, $"{path} as {user}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task TheSignInPage_HasNoWcagViolations()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await page.GotoAsync("/account/login");
        await page.WaitForSelectorAsync("input[name='Input.UserName']");

        var violations = await AxeCheck.ViolationsAsync(page);

        Assert.True(violations.Count == 0, "/account/login:\n" + string.Join("\n", violations));
    }
}
