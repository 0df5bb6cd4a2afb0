using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Timpora;

/// <summary>
/// Issue 17's warning journey: the demo's Polri member of TIMPORA Sanggau, on a phone, warns of a network at PLBN
/// Entikong; an immigration planner with /timpora open sees it arrive without reloading and answers; headquarters sees
/// the alert in the live feed; the member sees the answer on their phone, again without reloading.
/// </summary>
public sealed class TimporaWarningJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    private const string Warning = "Jaringan memberangkatkan pekerja lewat PLBN Entikong pekan ini; perketat wawancara.";
    private const string Answer = "Wawancara di PLBN Entikong diperketat mulai hari ini.";

    [Fact]
    public async Task APolriMemberOnAPhone_Warns_ImmigrationSeesItLiveAndAnswers_TheMemberSeesTheAnswer()
    {
        var officer = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(officer, "perencana");
        await AppMenu.GoToAsync(officer, "nav-timpora");
        await officer.WaitForSelectorAsync("[data-testid=timpora-messages][data-ready=true]");
        await officer.WaitForSelectorAsync("[data-testid=timpora-home][data-ready=true]");

        var hq = await browser.NewPageAsync(server.BaseUri, width: 1440, height: 900);
        await SignIn.AsAsync(hq, "analis");
        await hq.ClickAsync("[data-testid=nav-live]");
        await hq.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");
        await Assertions.Expect(hq.Locator("[data-testid=connection-state]")).ToHaveAttributeAsync("data-state", "connected");

        var member = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(member, "timpora.polri");
        await AppMenu.GoToAsync(member, "nav-timpora");
        await member.WaitForURLAsync("**/timpora");
        await member.WaitForSelectorAsync("[data-testid=timpora-home][data-ready=true]");
        await Assertions.Expect(member.Locator("[data-testid=timpora-no-names]")).ToBeVisibleAsync();
        await member.Locator("[data-testid=timpora-send-kind]").SelectOptionAsync("warning");
        await member.Locator("[data-testid=timpora-send-category]").SelectOptionAsync("crossing");
        await member.Locator("[data-testid=timpora-send-text]").FillAsync(Warning);
        await member.Locator("[data-testid=timpora-send-place]").FillAsync("61.05");
        await member.Locator("[data-testid=timpora-send-grade]").FillAsync("B2");
        await member.Locator("[data-testid=timpora-send-submit]").ClickAsync();
        await Assertions.Expect(member.Locator("[data-testid=timpora-send-notice]")).ToBeVisibleAsync();
        var mine = member.Locator("[data-testid=timpora-message]", new PageLocatorOptions { HasText = Warning });
        await Assertions.Expect(mine).ToHaveAttributeAsync("data-status", "Open");
        await member.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "timpora-warning-sent-phone.png"), FullPage = true });

        // The planner's open page hears of it; nobody reloads.
        var arrived = officer.Locator("[data-testid=timpora-message]", new PageLocatorOptions { HasText = Warning });
        await Assertions.Expect(arrived).ToBeVisibleAsync();
        await Assertions.Expect(hq.Locator("[data-testid=alert-item]", new PageLocatorOptions { HasText = "Mitra TIMPORA: Polri" })).ToBeVisibleAsync();

        await arrived.Locator("[data-testid=timpora-acknowledge]").ClickAsync();
        await Assertions.Expect(arrived).ToHaveAttributeAsync("data-status", "Acknowledged");
        await Assertions.Expect(mine).ToHaveAttributeAsync("data-status", "Acknowledged");
        await arrived.Locator("[data-testid=timpora-answer-text]").FillAsync(Answer);
        await arrived.Locator("[data-testid=timpora-answer-send]").ClickAsync();
        await Assertions.Expect(arrived).ToHaveAttributeAsync("data-status", "Answered");

        await Assertions.Expect(mine.Locator("[data-testid=timpora-message-answer]")).ToContainTextAsync(Answer);
        await Assertions.Expect(mine).ToHaveAttributeAsync("data-status", "Answered");
        await member.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "timpora-warning-answered-phone.png"), FullPage = true });
        // Nothing of the page is wider than the phone.
        Assert.True(await member.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
    }
}
