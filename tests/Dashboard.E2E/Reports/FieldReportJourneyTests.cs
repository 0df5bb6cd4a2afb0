using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace Dashboard.E2E.Reports;

/// <summary>A field officer on a phone sends a report; a mistake is pointed out in Indonesian; nothing counts twice.</summary>
public sealed class FieldReportJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task OnAPhone_AFieldOfficerSendsAReport_AfterFixingAMistake()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(page, "petugas");
        await page.ClickAsync("[data-testid=nav-new-report]");
        await page.WaitForSelectorAsync("[data-testid=report-form][data-ready=true]");

        // First attempt: no location and no grading.
        await page.SelectOptionAsync("[data-testid=report-kind]", "CheckpointOffloading");
        await page.FillAsync("[data-testid=report-category]", "penundaan keberangkatan");
        await page.FillAsync("[data-testid=report-text]", "Dua perempuan muda, visa turis, tujuan Kuala Lumpur.");
        await page.FillAsync("[data-testid=report-people]", "2");
        await page.ClickAsync("[data-testid=report-submit]");
        await Assertions.Expect(page.Locator("[data-testid=error-location]")).ToContainTextAsync("wilayah Indonesia");
        await Assertions.Expect(page.Locator("[data-testid=error-sourceReliability]")).ToBeVisibleAsync();

        await page.FillAsync("[data-testid=report-latitude]", "1.129");
        await page.FillAsync("[data-testid=report-longitude]", "104.053");
        await page.SelectOptionAsync("[data-testid=report-reliability]", "B");
        await page.SelectOptionAsync("[data-testid=report-credibility]", "2");
        await page.SelectOptionAsync("[data-testid=report-modus]", "WRONG_VISA");
        await page.FillAsync("[data-testid=report-destination]", "my");
        await page.ClickAsync("[data-testid=report-submit]");

        var errorsShown = page.Locator(".field-error");
        await Assertions.Expect(page.Locator("[data-testid=report-message]")).ToContainTextAsync("Laporan diterima",
            new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        Assert.Empty(await errorsShown.AllInnerTextsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "report-phone.png"), FullPage = true });
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT reporting_officer, agency, people_count, intended_destination, kind FROM geo.field_reports WHERE text LIKE 'Dua perempuan muda%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Petugas Lapangan", reader.GetString(0));
        Assert.Equal("Imigrasi", reader.GetString(1));
        Assert.Equal(2, reader.GetInt32(2));
        Assert.Equal("MY", reader.GetString(3));
        Assert.Equal(1, reader.GetInt32(4));
        Assert.False(await reader.ReadAsync(), "the report was stored once");
    }
}
