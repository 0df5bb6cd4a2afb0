using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Screening;

/// <summary>
/// At Batam Centre on a phone: a screened umrah group is delayed, one of them is identified as a potential victim and
/// referred to the UPTD PPA; the service's own account accepts, and the record shows the times.
/// </summary>
public sealed class ScreeningReferralJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task OnAPhone_AGroupIsDelayed_APotentialVictimIsReferred_AndTheServiceAccepts()
    {
        var officer = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(officer, "petugas");
        await AppMenu.GoToAsync(officer, "nav-screenings");
        await officer.WaitForSelectorAsync("[data-testid=screenings-page][data-ready=true]");
        await officer.Locator("[data-testid=screenings-new]").ClickAsync();
        await officer.WaitForSelectorAsync("[data-testid=screening-form][data-ready=true]");

        // The group: six travellers on a non-regular umrah package, none able to say what they go for.
        await officer.SelectOptionAsync("[data-testid=screening-crossing]", "BTC");
        await officer.SelectOptionAsync("[data-testid=screening-age]", "Age18To20");
        await officer.SelectOptionAsync("[data-testid=screening-sex]", "Female");
        await officer.Locator("[data-testid=screening-alone]").ClickAsync();
        await officer.Locator("[data-testid=screening-group-size]").FillAsync("6");
        await officer.Locator("[data-testid=document-Passport]").ClickAsync();
        await officer.Locator("[data-testid=document-UmrahOrPilgrimagePackage]").ClickAsync();
        await officer.SelectOptionAsync("[data-testid=screening-stated]", "UmrahOrPilgrimage");
        await officer.SelectOptionAsync("[data-testid=screening-suspected]", "Work");
        await officer.SelectOptionAsync("[data-testid=screening-modus]", "NonRegularUmrahGroup");
        await officer.Locator("[data-testid=screening-destination]").FillAsync("Arab Saudi");
        await officer.Locator("[data-testid=indicator-CannotExplainPurpose]").ClickAsync();
        await officer.Locator("[data-testid=indicator-NoReturnTicket]").ClickAsync();
        await officer.Locator("[data-testid=disposition-DepartureDelayed]").ClickAsync();
        await officer.Locator("[data-testid=screening-save]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=screening-message]")).ToContainTextAsync("Pemeriksaan tersimpan");

        // One of the group, a minor in distress: a potential victim.
        await officer.Locator("[data-testid=screening-same-group]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=screening-crossing]")).ToHaveValueAsync("BTC");
        await officer.SelectOptionAsync("[data-testid=screening-age]", "Age9To17");
        await officer.SelectOptionAsync("[data-testid=screening-sex]", "Female");
        await officer.Locator("[data-testid=indicator-MinorWithoutGuardian]").ClickAsync();
        await officer.Locator("[data-testid=indicator-FearOrDistress]").ClickAsync();
        await officer.Locator("[data-testid=disposition-PotentialVictim]").ClickAsync();
        await officer.Locator("[data-testid=screening-save]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=screening-message]")).ToContainTextAsync("Pemeriksaan tersimpan");
        await officer.Locator("[data-testid=screening-open-protection]").ClickAsync();

        await officer.WaitForSelectorAsync("[data-testid=protection-open][data-ready=true]");
        await Assertions.Expect(officer.Locator("[data-testid=protection-indicator-FearOrDistress]")).ToBeCheckedAsync();
        await officer.Locator("[data-testid=protection-open-button]").ClickAsync();
        // Without the art. 86 statement and consent the record is not opened.
        await Assertions.Expect(officer.Locator("[data-testid=error-noAdministrativeAction]")).ToContainTextAsync("Pasal 86");
        await officer.Locator("[data-testid=protection-statement]").ClickAsync();
        await officer.Locator("[data-testid=consent-Yes]").ClickAsync();
        await officer.Locator("[data-testid=protection-open-button]").ClickAsync();

        await officer.WaitForURLAsync("**/protection/**");
        await officer.WaitForSelectorAsync("[data-testid=protection-page][data-ready=true]");
        await Assertions.Expect(officer.Locator("[data-testid=protection-statement-text]")).ToContainTextAsync("Tindakan Administratif Keimigrasian");
        var ppaOption = officer.Locator("[data-testid=refer-service] option", new PageLocatorOptions { HasText = "UPTD PPA Kota Batam" });
        await officer.SelectOptionAsync("[data-testid=refer-service]", (await ppaOption.GetAttributeAsync("value"))!);
        await officer.Locator("[data-testid=refer-reason]").FillAsync("Anak perempuan tanpa wali, perlu pendampingan dan rumah aman.");
        await officer.Locator("[data-testid=refer-send]").ClickAsync();
        var card = officer.Locator("[data-testid=referral-card]");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "Pending");
        await Assertions.Expect(officer.Locator("[data-testid=time-to-referral]")).Not.ToHaveTextAsync("belum");
        await Assertions.Expect(officer.Locator("[data-testid=time-to-acceptance]")).ToHaveTextAsync("belum");
        var recordUrl = officer.Url;

        // The UPTD PPA's own account finds it among its pending referrals and accepts.
        var service = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(service, "ppa.batam");
        await AppMenu.GoToAsync(service, "nav-referrals");
        await service.WaitForSelectorAsync("[data-testid=referrals-page][data-ready=true]");
        var pending = service.Locator("[data-testid=referrals-pending] [data-testid=referral-card]");
        await Assertions.Expect(pending).ToHaveCountAsync(1);
        await Assertions.Expect(pending).ToContainTextAsync("9–17 tahun");
        await pending.Locator("[data-testid=referral-answer-reason]").FillAsync("Diterima di rumah aman UPTD PPA.");
        await pending.Locator("[data-testid=referral-accept]").ClickAsync();
        await Assertions.Expect(service.Locator("[data-testid=referrals-answered] [data-testid=referral-card]")).ToHaveAttributeAsync("data-status", "Accepted");

        // Back at the checkpoint: the record shows the acceptance, by whom, and the times.
        await officer.GotoAsync(recordUrl);
        await officer.WaitForSelectorAsync("[data-testid=protection-page][data-ready=true]");
        await Assertions.Expect(officer.Locator("[data-testid=referral-answer]")).ToContainTextAsync("Diterima oleh UPTD PPA Kota Batam");
        await Assertions.Expect(officer.Locator("[data-testid=time-to-acceptance]")).Not.ToHaveTextAsync("belum");
        await Assertions.Expect(officer.Locator("[data-testid=time-to-acceptance]")).ToContainTextAsync("menit");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "screening-referral-phone.png"), FullPage = true });
    }
}
