using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace Dashboard.E2E.Cases;

/// <summary>A field officer on a phone enters a case through the form, closes it as referred, and finds it in the register.</summary>
public sealed class CaseEntryJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task OnAPhone_AFieldOfficerEntersACase_ChangesItsStatus_AndSeesItInTheListAndItsHistory()
    {
        var regency = await AnyRegencyAsync();
        var reference = $"LP/E2E/{Guid.NewGuid().ToString("N")[..8]}";
        var page = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(page, "petugas");
        await AppMenu.GoToAsync(page, "nav-cases");
        await page.WaitForSelectorAsync("[data-testid=cases-page][data-ready=true]");
        await page.ClickAsync("[data-testid=cases-new]");
        await page.WaitForSelectorAsync("[data-testid=case-form-page][data-ready=true]");

        // First attempt without a modus: the form says so in Indonesian and sends nothing.
        await page.FillAsync("[data-testid=case-reference]", reference);
        await page.FillAsync("[data-testid=case-regency]", regency);
        await page.FillAsync("[data-testid=case-victim-count]", "2");
        await page.FillAsync("[data-testid=case-destination]", "MY");
        await page.ClickAsync("[data-testid=case-submit]");
        await Assertions.Expect(page.Locator("[data-testid=error-modusOperandi]")).ToContainTextAsync("modus operandi");

        await page.SelectOptionAsync("[data-testid=case-modus]", "ONLINE_SCAM_JOB");
        await page.ClickAsync("[data-testid=case-submit]");

        await page.WaitForSelectorAsync("[data-testid=case-detail][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("Aktif");
        await Assertions.Expect(page.Locator("[data-testid=case-history-line]")).ToHaveCountAsync(1);

        // Closing needs a reason: the button stays until a status is picked, and the reason is kept in the history.
        await page.SelectOptionAsync("[data-testid=case-new-status]", "ClosedReferred");
        await page.FillAsync("[data-testid=case-status-reason]", "Dirujuk ke UPTD PPA");
        await page.ClickAsync("[data-testid=case-status-submit]");
        await Assertions.Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("Ditutup (dirujuk)");
        await Assertions.Expect(page.Locator("[data-testid=case-history-line]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=case-history-line]").Nth(1)).ToContainTextAsync("Dirujuk ke UPTD PPA");
        var violations = await AxeCheck.ViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "case-detail-390.png"), FullPage = true });
        Assert.True(violations.Count == 0, "/cases/{id}:\n" + string.Join("\n", violations));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the detail page is {width} px wide on a 390 px phone");

        await AppMenu.GoToAsync(page, "nav-cases");
        await page.WaitForSelectorAsync("[data-testid=cases-page][data-ready=true]");
        await page.SelectOptionAsync("[data-testid=cases-filter-status]", "ClosedReferred");
        await page.ClickAsync("[data-testid=cases-filter-apply]");
        var link = page.Locator("[data-testid=cases-link]", new PageLocatorOptions { HasText = reference });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "cases-390.png") });

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status, victim_count, reporting_agency FROM geo.case_origins WHERE reference = @r", connection);
        command.Parameters.AddWithValue("r", reference);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((4, 2, "Imigrasi"), (reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2)));
        Assert.False(await reader.ReadAsync(), "the case was stored once");
    }

    [Fact]
    public async Task TheOfficeThatIssuedThePassports_FindsItsNotice_OpensTheCase_AndMarksItRead()
    {
        // A case recruited far from Entikong whose passports Kanim Entikong issued, as a partner agency's file would say.
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var pick = new NpgsqlCommand("""
            UPDATE geo.case_origins SET issuing_office = 'KANIM-ENT', issuing_notice_acknowledged_at = NULL, issuing_notice_acknowledged_by = NULL
            WHERE id = (SELECT id FROM geo.case_origins WHERE regency_code <> '61.05' ORDER BY reported_on DESC, id DESC LIMIT 1)
            RETURNING reference
            """, connection);
        var reference = (string)(await pick.ExecuteScalarAsync())!;
        var page = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(page, "perencana");
        await AppMenu.GoToAsync(page, "nav-cases");
        await page.WaitForSelectorAsync("[data-testid=cases-page][data-ready=true]");

        var notice = page.Locator("[data-testid=cases-issuing-notice]", new PageLocatorOptions { HasText = reference });
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "cases-issuing-notice-1366.png") });
        await notice.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=case-detail][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=case-issuing-office]")).ToContainTextAsync("Entikong");
        await Assertions.Expect(page.Locator("[data-testid=case-edit]")).ToHaveCountAsync(0); // read for the notice, not edited
        await page.ClickAsync("[data-testid=case-issuing-acknowledge]");

        await Assertions.Expect(page.Locator("[data-testid=case-issuing-acknowledged]")).ToContainTextAsync("Perencana Patroli");
        await AppMenu.GoToAsync(page, "nav-cases");
        await page.WaitForSelectorAsync("[data-testid=cases-page][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=cases-issuing-notice]", new PageLocatorOptions { HasText = reference })).ToHaveCountAsync(0);
    }

    private async Task<string> AnyRegencyAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT code FROM geo.regencies ORDER BY code LIMIT 1", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
