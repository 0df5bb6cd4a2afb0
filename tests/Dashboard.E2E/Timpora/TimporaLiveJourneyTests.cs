using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Timpora;

/// <summary>
/// Issue 17's live picture: the Polri member of TIMPORA Sanggau, on a phone and on a laptop, opens the live page from
/// their TIMPORA home; the map draws their area, the figures are the aggregates, and a warning filed by the member
/// (which raises an alert) reaches the page through the server's feed without a reload.
/// </summary>
public sealed class TimporaLiveJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task APolriMember_WatchesTheirTimporasLivePicture_AndItFollowsTheFeed(int width, int height)
    {
        var member = await browser.NewPageAsync(server.BaseUri, width: width, height: height, touch: width < 800);
        await SignIn.AsAsync(member, "timpora.polri");
        await AppMenu.GoToAsync(member, "nav-timpora");
        await member.WaitForSelectorAsync("[data-testid=timpora-home][data-ready=true]");
        await member.Locator("[data-testid=timpora-live-link]").ClickAsync();
        var live = member.Locator("[data-testid=timpora-live][data-ready=true]");
        await Assertions.Expect(live).ToHaveAttributeAsync("data-area", "61.05");
        await new MapPageDriver(member).WaitForBasemapAsync();
        await Assertions.Expect(member.Locator("[data-testid=connection-state]")).ToHaveAttributeAsync("data-state", "connected");
        // Small counts are shown as the briefing shows them, never as the number.
        await Assertions.Expect(member.Locator("[data-testid=timpora-live-quarter-minors]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(<\d+|\d{2,}|[5-9])$"));
        var before = int.Parse(await live.GetAttributeAsync("data-refreshes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        var filed = await member.APIRequest.PostAsync("/api/timpora/areas/61.05/messages", new APIRequestContextOptions
        {
            DataObject = new
            {
                kind = "warning", category = "crossing", text = $"Jaringan membawa pekerja lewat PLBN Entikong pekan ini ({width}px).",
                placeCode = "61.05", grade = "b2", validUntil = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"), clientKey = Guid.NewGuid(),
            },
            Headers = new Dictionary<string, string> { ["X-Requested-With"] = "XMLHttpRequest" },
        });
        Assert.True(filed.Ok, await filed.TextAsync());
        await member.WaitForFunctionAsync(
            "before => Number(document.querySelector('[data-testid=timpora-live]')?.getAttribute('data-refreshes')) > before", before);
        await member.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"timpora-live-{width}.png"), FullPage = true });
    }
}
