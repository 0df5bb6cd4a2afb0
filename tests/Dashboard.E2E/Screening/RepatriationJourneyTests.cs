using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Screening;

/// <summary>
/// On a phone at Batam Centre: three men returned from Cambodia by the embassy are recorded on arrival and handed over
/// to their families; the Entikong office, which issued their passports, finds the notice and acknowledges it.
/// </summary>
public sealed class RepatriationJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task OnAPhone_AReturnIsRecordedAndHandedOver_AndTheIssuingOfficeAcknowledgesItsNotice()
    {
        var officer = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(officer, "petugas");
        await AppMenu.GoToAsync(officer, "nav-repatriations");
        await officer.WaitForSelectorAsync("[data-testid=repatriations-page][data-ready=true]");
        await officer.Locator("[data-testid=repatriations-new]").ClickAsync();
        await officer.WaitForSelectorAsync("[data-testid=repatriation-form][data-ready=true]");

        await officer.SelectOptionAsync("[data-testid=repatriation-age]", "Age21To23");
        await officer.SelectOptionAsync("[data-testid=repatriation-sex]", "Male");
        await officer.Locator("[data-testid=repatriation-group]").FillAsync("3");
        await officer.Locator("[data-testid=repatriation-country]").FillAsync("Kamboja");
        await officer.Locator("[data-testid=repatriation-mission]").FillAsync("KBRI Phnom Penh");
        await officer.Locator("[data-testid=repatriation-splp]").ClickAsync();
        await officer.SelectOptionAsync("[data-testid=repatriation-crossing]", "BTC");
        // Two hours ago, on the officer's (WIB) clock.
        var arrived = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddHours(-2);
        await officer.Locator("[data-testid=repatriation-arrival]").FillAsync(arrived.ToString("yyyy-MM-ddTHH:mm"));
        await officer.SelectOptionAsync("[data-testid=repatriation-issuing]", "KANIM-ENT");
        await officer.Locator("[data-testid=repatriation-save]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=repatriation-message]")).ToContainTextAsync("Pemulangan dicatat");
        await Assertions.Expect(officer.Locator("[data-testid=repatriation-message]")).ToBeInViewportAsync();
        await officer.Locator("[data-testid=repatriation-open]").ClickAsync();

        await officer.WaitForSelectorAsync("[data-testid=repatriation-page][data-ready=true]");
        await Assertions.Expect(officer.Locator("[data-testid=repatriation-stage]")).ToHaveTextAsync("Sudah tiba");
        await Assertions.Expect(officer.Locator("[data-testid=repatriation-notice-step]")).ToContainTextAsync("belum diterima");
        await officer.SelectOptionAsync("[data-testid=handover-kind]", "Family");
        await officer.Locator("[data-testid=handover-note]").FillAsync("Dijemput keluarga dari Sanggau.");
        await officer.Locator("[data-testid=handover-save]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=repatriation-stage]")).ToHaveTextAsync("Sudah diserahterimakan");
        await Assertions.Expect(officer.Locator("[data-testid=time-to-handover]")).ToContainTextAsync("jam");
        var recordUrl = officer.Url;

        // The office that issued the passports sees the notice first on its list and acknowledges it.
        var entikong = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(entikong, "perencana");
        await entikong.GotoAsync("/repatriations");
        await entikong.WaitForSelectorAsync("[data-testid=repatriations-page][data-ready=true]");
        var notice = entikong.Locator("[data-testid=repatriation-notice]", new PageLocatorOptions { HasText = "KBRI Phnom Penh" });
        await notice.First.Locator("[data-testid=repatriation-notice-link]").ClickAsync();
        await entikong.WaitForSelectorAsync("[data-testid=repatriation-page][data-ready=true]");
        Assert.Equal(recordUrl, entikong.Url);
        await Assertions.Expect(entikong.Locator("[data-testid=handover-save]")).ToHaveCountAsync(0);
        await entikong.Locator("[data-testid=repatriation-acknowledge]").ClickAsync();
        await Assertions.Expect(entikong.Locator("[data-testid=repatriation-notice-seen]")).ToContainTextAsync("Perencana Patroli");

        await officer.ReloadAsync();
        await officer.WaitForSelectorAsync("[data-testid=repatriation-page][data-ready=true]");
        await Assertions.Expect(officer.Locator("[data-testid=repatriation-notice-seen]")).ToBeVisibleAsync();
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "repatriation-390.png"), FullPage = true });
    }
}
