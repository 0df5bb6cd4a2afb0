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
        // A phone at Batam Centre whose browser has not (yet) been allowed to tell where it is.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUri.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "id-ID",
            HasTouch = true,
            IsMobile = true,
            Geolocation = new Geolocation { Latitude = 1.129f, Longitude = 104.053f },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, "petugas");
        await AppMenu.GoToAsync(page, "nav-new-report");
        await page.WaitForSelectorAsync("[data-testid=report-form][data-ready=true]");

        // First attempt: no location, no grading, and a destination that is no country.
        await page.SelectOptionAsync("[data-testid=report-kind]", "CheckpointOffloading");
        await page.FillAsync("[data-testid=report-category]", "penundaan keberangkatan");
        await page.FillAsync("[data-testid=report-text]", "Dua perempuan muda, visa turis, tujuan Kuala Lumpur.");
        await page.FillAsync("[data-testid=report-people]", "2");
        await page.FillAsync("[data-testid=report-destination]", "Atlantis");
        await page.ClickAsync("[data-testid=report-submit]");
        await Assertions.Expect(page.Locator("[data-testid=error-location]")).ToContainTextAsync("wilayah Indonesia");
        await Assertions.Expect(page.Locator("[data-testid=error-sourceReliability]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=error-intendedDestination]")).ToContainTextAsync("Malaysia");
        // The first wrong field, the location, has the focus: its GPS button.
        await Assertions.Expect(page.Locator("[data-testid=report-gps]")).ToBeFocusedAsync();

        // GPS refused by the browser: said so, with what to do instead.
        await page.ClickAsync("[data-testid=report-gps]");
        await Assertions.Expect(page.Locator("[data-testid=report-location-message]")).ToContainTextAsync("ditolak");
        await Assertions.Expect(page.Locator("[data-testid=report-coordinates]")).ToContainTextAsync("Belum ada titik");

        // A tap on the small map sets a point and shows its coordinates.
        var pinMap = page.Locator("[data-testid=report-pin-map]");
        await pinMap.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(pinMap).ToHaveAttributeAsync("data-basemap", new System.Text.RegularExpressions.Regex("^[1-9]"));
        await pinMap.TapAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-coordinates]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Titik: -?\d+\.\d{5}, \d+\.\d{5}"));

        // Allowed, the GPS puts the point at Batam and the pin with it.
        await context.GrantPermissionsAsync(["geolocation"]);
        await page.ClickAsync("[data-testid=report-gps]");
        await Assertions.Expect(page.Locator("[data-testid=report-coordinates]")).ToContainTextAsync("Titik: 1.12900, 104.05300");
        await Assertions.Expect(pinMap).ToHaveAttributeAsync("data-pin", "1.12900,104.05300");
        await Assertions.Expect(page.Locator("[data-testid=report-location-message]")).ToHaveCountAsync(0);

        await page.SelectOptionAsync("[data-testid=report-reliability]", "B");
        await page.SelectOptionAsync("[data-testid=report-credibility]", "2");
        await page.SelectOptionAsync("[data-testid=report-modus]", "WRONG_VISA");
        // Typed as a name, as people say it: it must become MY, not "MA" (Morocco).
        await page.FillAsync("[data-testid=report-destination]", "Malaysia");
        // The checkpoint and the assisted village are picked from lists by name, never typed as codes.
        await page.SelectOptionAsync("[data-testid=report-crossing]", "BTC");
        // The list under the field offers the villages matching what is typed.
        await page.Locator("[data-testid=report-village]").PressSequentiallyAsync("an");
        await Assertions.Expect(page.Locator("#assisted-villages option").First).ToBeAttachedAsync();
        var village = await page.EvaluateAsync<string>("() => document.querySelector('#assisted-villages option').value");
        Assert.Contains("an", village, StringComparison.OrdinalIgnoreCase);
        await page.Locator("[data-testid=report-village]").FillAsync(village);
        await page.ClickAsync("[data-testid=report-submit]");

        // The confirmation and its number are on screen and focused (so a screen reader reads them out).
        var message = page.Locator("[data-testid=report-message]");
        await Assertions.Expect(message).ToContainTextAsync("Laporan diterima", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        await Assertions.Expect(message).ToContainTextAsync(new System.Text.RegularExpressions.Regex("#\\d+"));
        await Assertions.Expect(message).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".report-announce")).ToBeFocusedAsync();
        Assert.Equal("polite", await page.Locator(".report-announce").GetAttributeAsync("aria-live"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "report-phone-sent.png") });
        var errorsShown = page.Locator(".field-error");
        await Assertions.Expect(page.Locator("[data-testid=report-message]")).ToContainTextAsync("Laporan diterima",
            new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        Assert.Empty(await errorsShown.AllInnerTextsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "report-phone.png"), FullPage = true });
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT r.reporting_officer, r.agency, r.people_count, r.intended_destination, r.kind, c.code, v.name FROM geo.field_reports r " +
            "LEFT JOIN geo.border_crossings c ON c.id = r.crossing_id LEFT JOIN geo.assisted_villages v ON v.id = r.village_id WHERE r.text LIKE 'Dua perempuan muda%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Petugas Lapangan", reader.GetString(0));
        Assert.Equal("Imigrasi", reader.GetString(1));
        Assert.Equal(2, reader.GetInt32(2));
        Assert.Equal("MY", reader.GetString(3));
        Assert.Equal(1, reader.GetInt32(4));
        Assert.Equal("BTC", reader.GetString(5));
        Assert.False(reader.IsDBNull(6), "the village picked by name went with the report");
        Assert.StartsWith(reader.GetString(6), village);
        Assert.False(await reader.ReadAsync(), "the report was stored once");

        // The office reviews it among its area's reports, named by the checkpoint it was filed at.
        await AppMenu.GoToAsync(page, "nav-reports");
        await page.WaitForSelectorAsync("[data-testid=reports-page][data-ready=true]");
        var item = page.Locator("[data-testid=report-item]", new() { HasText = "Dua perempuan muda" });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator("[data-testid=report-place]")).Not.ToContainTextAsync(",");
        await Assertions.Expect(item).ToContainTextAsync("Petugas Lapangan");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "reports-list-phone.png"), FullPage = true });
        await context.CloseAsync();
    }

    [Fact]
    public async Task OnALaptop_TheFormShowsThePinMapAndTheCountryList()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(page, "petugas");
        await page.GotoAsync("/reports/new");
        await page.WaitForSelectorAsync("[data-testid=report-form][data-ready=true]");

        await Assertions.Expect(page.Locator("[data-testid=report-pin-map]")).ToHaveAttributeAsync("data-basemap", new System.Text.RegularExpressions.Regex("^[1-9]"));
        var offered = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#destination-countries option')].map(o => o.value)");
        Assert.Contains("Malaysia (MY)", offered);
        Assert.Contains("Arab Saudi (SA)", offered);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "report-1366.png"), FullPage = true });
    }
}
