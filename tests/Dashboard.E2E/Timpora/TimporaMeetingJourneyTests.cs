using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Timpora;

/// <summary>
/// Issue 17's meeting journey: the chair (an immigration planner) opens a meeting of TIMPORA Sanggau with the Polri
/// member present, records a decision and an action item for Polri; the member, on a phone, finds it among their own
/// items and marks it done; the chair's page follows, and the next meeting opens with the item's history.
/// </summary>
public sealed class TimporaMeetingJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    private const string Decision = "Patroli bersama jalur tikus sekitar Balai Karangan.";
    private const string Item = "Polri memeriksa alamat perekrut di Entikong.";

    [Fact]
    public async Task TheChairRecordsADecisionWithAnItemForPolri_TheMemberMarksItDone_TheNextMeetingShowsIt()
    {
        var chair = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(chair, "perencana");
        await AppMenu.GoToAsync(chair, "nav-timpora");
        await chair.WaitForSelectorAsync("[data-testid=timpora-home][data-ready=true]");
        await chair.Locator("[data-testid=timpora-meetings-link]").ClickAsync();
        await chair.WaitForSelectorAsync("[data-testid=timpora-meetings][data-ready=true]");
        await chair.Locator("[data-testid=timpora-meetings-area]").FillAsync("61.05");
        await chair.Locator("[data-testid=timpora-meetings-show]").ClickAsync();
        var form = chair.Locator("[data-testid=timpora-open-meeting]");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await chair.Locator("[data-testid=timpora-meeting-place]").FillAsync("Aula Kantor Imigrasi Entikong");
        await chair.Locator("[data-testid=timpora-attendee][data-user='timpora.polri']").CheckAsync();
        await chair.Locator("[data-testid=timpora-meeting-open]").ClickAsync();
        var meeting = chair.Locator("[data-testid=timpora-meeting]", new PageLocatorOptions { HasText = "Aula Kantor Imigrasi Entikong" }).First;
        await Assertions.Expect(meeting).ToBeVisibleAsync();

        await meeting.Locator("[data-testid=timpora-decision-text]").FillAsync(Decision);
        await meeting.Locator("[data-testid=timpora-decision-add]").ClickAsync();
        await Assertions.Expect(meeting.Locator("[data-testid=timpora-decision]")).ToHaveTextAsync(Decision);
        await meeting.Locator("[data-testid=timpora-item-text]").FillAsync(Item);
        await meeting.Locator("[data-testid=timpora-item-owner]").SelectOptionAsync("timpora.polri");
        await meeting.Locator("[data-testid=timpora-item-due]").FillAsync(DateTime.Today.AddDays(14).ToString("yyyy-MM-dd"));
        await meeting.Locator("[data-testid=timpora-item-decision]").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await meeting.Locator("[data-testid=timpora-item-add]").ClickAsync();
        var chairsItem = meeting.Locator("[data-testid=timpora-action-items] [data-testid=timpora-action-item]", new LocatorLocatorOptions { HasText = Item });
        await Assertions.Expect(chairsItem).ToHaveAttributeAsync("data-status", "Open");

        var member = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(member, "timpora.polri");
        await AppMenu.GoToAsync(member, "nav-timpora");
        await member.WaitForSelectorAsync("[data-testid=timpora-home][data-ready=true]");
        var mine = member.Locator("[data-testid=timpora-my-items] [data-testid=timpora-action-item]", new PageLocatorOptions { HasText = Item });
        await Assertions.Expect(mine).ToHaveAttributeAsync("data-overdue", "false");
        await mine.Locator("[data-testid=timpora-item-toggle]").ClickAsync();
        await Assertions.Expect(mine).ToHaveAttributeAsync("data-status", "Done");
        await member.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "timpora-my-items-phone.png") });

        // The chair's open page follows without a reload; the next meeting opens with the item's history.
        await Assertions.Expect(chairsItem).ToHaveAttributeAsync("data-status", "Done");
        await chair.Locator("[data-testid=timpora-meeting-place]").FillAsync("Kantor Bupati Sanggau");
        await chair.Locator("[data-testid=timpora-attendee][data-user='timpora.polri']").CheckAsync();
        await chair.Locator("[data-testid=timpora-meeting-open]").ClickAsync();
        var next = chair.Locator("[data-testid=timpora-meeting]", new PageLocatorOptions { HasText = "Kantor Bupati Sanggau" });
        await Assertions.Expect(next.Locator("[data-testid=timpora-carried-over]")).ToContainTextAsync(Item);
        await Assertions.Expect(chair.Locator("[data-testid=timpora-contribution-agency]", new PageLocatorOptions { HasText = "Polri" })).ToBeVisibleAsync();
        await chair.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "timpora-meetings.png"), FullPage = true });
    }

    [Fact]
    public async Task TheChairOpensAMeetingFromTheBriefing_AndEveryMemberReadsItsFiguresAsTheyWere()
    {
        const string place = "Ruang Rapat Briefing Sanggau";
        var chair = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(chair, "perencana");
        await chair.GotoAsync("briefing?province=61");
        await chair.WaitForSelectorAsync("[data-testid=briefing-page][data-ready=true]");
        await chair.Locator("[data-testid=briefing-row][data-code='61.05']").ClickAsync();
        await chair.Locator("[data-testid=briefing-open-meeting]").ClickAsync();
        await chair.WaitForSelectorAsync("[data-testid=timpora-meetings][data-ready=true]");
        await Assertions.Expect(chair.Locator("[data-testid=timpora-from-briefing]")).ToBeVisibleAsync();
        await chair.Locator("[data-testid=timpora-meeting-place]").FillAsync(place);
        await chair.Locator("[data-testid=timpora-attendee][data-user='timpora.polri']").CheckAsync();
        await chair.Locator("[data-testid=timpora-meeting-open]").ClickAsync();
        var meeting = chair.Locator("[data-testid=timpora-meeting]", new PageLocatorOptions { HasText = place }).First;
        await Assertions.Expect(meeting.Locator("[data-testid=timpora-briefing-region][data-code='61.05']")).ToBeVisibleAsync();
        var cases = await meeting.Locator("[data-testid=timpora-briefing-region][data-code='61.05'] [data-testid=timpora-briefing-cases]").TextContentAsync();

        // The Polri member, on a phone, reads the same figures in the meeting's record.
        var member = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(member, "timpora.polri");
        await member.GotoAsync("timpora/meetings");
        await member.WaitForSelectorAsync("[data-testid=timpora-meetings][data-ready=true]");
        var seen = member.Locator("[data-testid=timpora-meeting]", new PageLocatorOptions { HasText = place }).First
            .Locator("[data-testid=timpora-briefing-region][data-code='61.05'] [data-testid=timpora-briefing-cases]");
        await Assertions.Expect(seen).ToHaveTextAsync(cases!);
        await member.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "timpora-meeting-briefing-phone.png"), FullPage = true });
    }
}
