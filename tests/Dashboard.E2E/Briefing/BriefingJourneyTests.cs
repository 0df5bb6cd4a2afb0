using System.Globalization;
using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace Dashboard.E2E.Briefing;

/// <summary>A TIMPORA member from the police runs a meeting from the briefing view without seeing any victim's record.</summary>
public sealed class BriefingJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ATimporaMember_RanksRegions_DrillsIn_SharesTheView_Presents_Prints_AndExports_SeeingOnlyAggregates()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1440, height: 900);
        await SignIn.AsAsync(page, "timpora.polri");
        await new MapPageDriver(page).WaitForLayerDrawnAsync("crossings");
        await page.ClickAsync("[data-testid=nav-briefing]");
        await page.WaitForSelectorAsync("[data-testid=briefing-page][data-ready=true]");

        var rows = page.Locator("[data-testid=briefing-row]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "briefing-national.png") });
        Assert.True(await rows.CountAsync() >= 30, $"every province is ranked; {await rows.CountAsync()} rows");
        await Assertions.Expect(page.Locator("[data-testid=briefing-suppressed]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=trend-chart]")).ToBeVisibleAsync();
        foreach (var cell in await page.Locator("[data-testid=briefing-cases]").AllInnerTextsAsync())
            Assert.True(SuppressedOrAtLeastFive(cell.Split(' ')[0]), $"a small count leaked: '{cell}'");

        var periodBefore = await page.Locator("[data-testid=briefing-meta]").InnerTextAsync();
        await page.SelectOptionAsync("[data-testid=briefing-period]", "91");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("days=91"));
        await Assertions.Expect(page.Locator("[data-testid=briefing-meta]")).Not.ToContainTextAsync(periodBefore.Split('·')[0].Trim());
        // Against the same weeks a year earlier instead of the weeks before.
        var against = (await page.Locator("[data-testid=briefing-meta]").InnerTextAsync()).Split('·')[0].Trim();
        await page.SelectOptionAsync("[data-testid=briefing-compare]", "year");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("compare=year"));
        await Assertions.Expect(page.Locator("[data-testid=briefing-meta]")).Not.ToContainTextAsync(against);
        var second = rows.Nth(1);
        var secondCode = await second.GetAttributeAsync("data-code");
        await second.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=trend-chart]")).ToHaveAttributeAsync("data-area", secondCode!);

        await rows.First.Locator("[data-testid=briefing-drill]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("province=\\d\\d"));
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-code", new System.Text.RegularExpressions.Regex(@"^\d\d\.\d\d$"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "briefing-regencies.png") });

        // The link in the head reopens the same view: same period, same province, in another tab.
        var link = await page.Locator("[data-testid=briefing-link]").InputValueAsync();
        var shared = await browser.NewPageAsync(server.BaseUri, width: 1440, height: 900);
        await SignIn.AsAsync(shared, "timpora.polri");
        await shared.GotoAsync(link);
        await shared.WaitForSelectorAsync("[data-testid=briefing-page][data-ready=true]");
        Assert.Equal(await page.Locator("[data-testid=briefing-meta]").InnerTextAsync() is var meta ? meta.Split('·')[0] : "",
            (await shared.Locator("[data-testid=briefing-meta]").InnerTextAsync()).Split('·')[0]);
        Assert.Equal(await rows.First.GetAttributeAsync("data-code"), await shared.Locator("[data-testid=briefing-row]").First.GetAttributeAsync("data-code"));

        await page.ClickAsync("[data-testid=briefing-present]");
        var region = page.Locator("[data-testid=presentation-region]");
        await Assertions.Expect(region).ToBeVisibleAsync();
        var first = await region.InnerTextAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(region).Not.ToHaveTextAsync(first);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "briefing-presentation.png") });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=briefing-presentation]")).ToHaveCountAsync(0);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Landscape = true, PrintBackground = true });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 20_000, $"the printed briefing is only {pdf.Length} bytes");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=briefing-csv]"));
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.StartsWith("# disclosure=aggregate; k=5;", csv[0]);
        var header = csv[1].Split(',');
        foreach (var line in csv.Skip(2))
        {
            var cells = line.Split(',');
            foreach (var column in new[] { "cases", "cases_before", "victims", "minors", "reports", "open_alerts" })
                Assert.True(SuppressedOrAtLeastFive(cells[Array.IndexOf(header, column)]), $"{column} leaked in: {line}");
        }
        Assert.True(await AuditedReadsAsync("timpora.polri") >= 4, "the member's reads are in the audit log");
    }

    // A zero names no one and is shown; 1 to 4 never are.
    private static bool SuppressedOrAtLeastFive(string value) =>
        value == "<5" || (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && (n == 0 || n >= 5));

    private async Task<long> AuditedReadsAsync(string user)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit.access_events WHERE user_name = @user AND action LIKE 'briefing.%'", connection);
        command.Parameters.AddWithValue("user", user);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Printed_TheBriefingIsTheTitleBlockTableAndChart_WithoutTheAppBarOrMapButtons()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(page, "timpora.polri");
        await page.GotoAsync("/briefing");
        await page.WaitForSelectorAsync("[data-testid=briefing-page][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=trend-chart]")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".leaflet-control-zoom")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=briefing-print]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=briefing-meta]")).ToBeVisibleAsync();
        var meta = await page.Locator("[data-testid=briefing-meta]").InnerTextAsync();
        Assert.Contains("·", meta); // period · model run · printed
        // Nothing is clipped: the content is as tall as what it holds, so every row and the whole chart reach the paper.
        var clipped = await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('.main-content, .main-landmark, .briefing-page, .briefing-body')]
                .some(e => getComputedStyle(e).overflowY === 'hidden' && e.scrollHeight > e.clientHeight + 1)
            """);
        Assert.False(clipped);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "briefing-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = Path.Combine(Screenshots.Folder, "briefing.pdf") });
        Assert.True(pdf.Length > 10_000, $"a real document ({pdf.Length} bytes)");
        // Read back as text: the title block is there, the app bar's links and the sign-out button are not.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Rapat koordinasi TIMPORA", text);
        Assert.Contains("Indonesia", text);
        Assert.DoesNotContain("Keluar", text);
        Assert.DoesNotContain("Langsung ke isi halaman", text);
    }
}
