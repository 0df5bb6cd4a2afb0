using System.Net;
using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Dashboard.E2E.Accounts;

/// <summary>
/// A deployment that requires two-step sign-in of headquarters analysts (they read case data): the new analyst's first
/// sign-in leads from the password change to setting up an authenticator app, nothing else opens before; the next
/// sign-in asks for the app's code and refuses a wrong one; the administrator resets it for a lost phone.
/// </summary>
public sealed class TwoFactorJourneyTests(EmptyDashboardServer server, BrowserSession browser)
    : IClassFixture<EmptyDashboardServer>, IClassFixture<BrowserSession>
{
    private const string Password = "Sandi analis pusat 2026";

    [Fact]
    public async Task ARequiredRole_SetsUpAnAuthenticatorBeforeAnythingOpens_ThenSignsInWithItsCode()
    {
        var oneTime = await server.CreateAdminAsync("kepala.2fa");
        var admin = await browser.NewPageAsync(server.BaseUri);
        IPage? analyst = null;
        try
        {
            await AccountForms.SignInWithOneTimePasswordAsync(admin, "kepala.2fa", oneTime, "Sandi baru kepala TIK 2026");
            await admin.GotoAsync("/admin/users");
            await admin.WaitForSelectorAsync("[data-testid=admin-users][data-ready=true]");
            await admin.ClickAsync("[data-testid=new-account]");
            await admin.Locator("[data-testid=account-username]").FillAsync("analis.2fa");
            await admin.Locator("[data-testid=account-displayname]").FillAsync("Analis Pusat Dua Langkah");
            await AccountForms.ChooseAsync(admin, "account-role", "Analis pusat");
            await admin.ClickAsync("[data-testid=account-save]");
            var shown = admin.Locator("[data-testid=one-time-password]");
            await Assertions.Expect(shown).ToBeVisibleAsync();
            var analystOneTime = (await shown.InnerTextAsync()).Trim();

            // First sign-in: the password change, then the set-up; the dashboard and its API stay shut until then.
            analyst = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844);
            await AccountForms.SignInWithOneTimePasswordAsync(analyst, "analis.2fa", analystOneTime, Password);
            await analyst.WaitForURLAsync("**/account/two-factor**");
            await Assertions.Expect(analyst.Locator("[data-testid=two-factor-required]")).ToBeVisibleAsync();
            await analyst.GotoAsync("/overview");
            await analyst.WaitForURLAsync("**/account/two-factor**");
            var api = await analyst.APIRequest.GetAsync("/api/alerts");
            Assert.Equal((int)HttpStatusCode.Forbidden, api.Status);

            await analyst.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "two-factor-setup.png"), FullPage = true });
            var key = (await analyst.Locator("[data-testid=two-factor-key]").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
            var totp = new Totp(Base32Encoding.ToBytes(key));
            await analyst.Locator("[data-testid=two-factor-code]").FillAsync("000000" == totp.ComputeTotp() ? "111111" : "000000");
            await analyst.ClickAsync("[data-testid=two-factor-enable]");
            await Assertions.Expect(analyst.Locator("[data-testid=two-factor-error]")).ToBeVisibleAsync();
            await analyst.Locator("[data-testid=two-factor-code]").FillAsync(totp.ComputeTotp());
            await analyst.ClickAsync("[data-testid=two-factor-enable]");
            await Assertions.Expect(analyst.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);
            await analyst.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "two-factor-recovery-codes.png") });
            await analyst.ClickAsync("[data-testid=two-factor-continue]");
            await analyst.WaitForURLAsync("**/overview**");
            Assert.Equal((int)HttpStatusCode.OK, (await analyst.APIRequest.GetAsync("/api/alerts")).Status);

            // Next sign-in, on another device: password, then the app's code; a wrong code is refused.
            var again = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844);
            await again.GotoAsync("/");
            await again.WaitForURLAsync("**/account/login**");
            await again.FillAsync("input[name='Input.UserName']", "analis.2fa");
            await again.FillAsync("input[name='Input.Password']", Password);
            await again.ClickAsync("button[type=submit]");
            await again.WaitForURLAsync("**/account/login/code**");
            await again.GotoAsync("/overview");
            await again.WaitForURLAsync("**/account/login**");
            await again.GotoAsync("/account/login/code");
            await again.Locator("[data-testid=sign-in-code]").FillAsync("12345x");
            await again.ClickAsync("[data-testid=sign-in-code-submit]");
            await Assertions.Expect(again.Locator("[data-testid=code-error]")).ToBeVisibleAsync();
            await again.Locator("[data-testid=sign-in-code]").FillAsync(totp.ComputeTotp());
            await again.ClickAsync("[data-testid=sign-in-code-submit]");
            await again.WaitForURLAsync("**/overview**");

            // A lost phone: the administrator resets it; the account shows it no longer has two-step sign-in.
            await admin.ReloadAsync();
            await admin.WaitForSelectorAsync("[data-testid=admin-users][data-ready=true]");
            await Assertions.Expect(admin.Locator("[data-testid='two-factor-on-analis.2fa']")).ToBeVisibleAsync();
            await admin.ClickAsync("[data-testid='reset-two-factor-analis.2fa']");
            await Assertions.Expect(admin.Locator("[data-testid='two-factor-on-analis.2fa']")).ToHaveCountAsync(0);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            await (analyst ?? admin).ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "two-factor-failed.png") });
            throw new Xunit.Sdk.XunitException($"{e.Message}\nat {(analyst ?? admin).Url}\nserver log:\n{server.ReadLog()}");
        }
    }
}
