using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Live;

/// <summary>Headquarters watches the live view: a report in the field becomes an alert on the open map, without a reload.</summary>
public sealed class LiveViewTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task AReportPostedToTheApi_AppearsAsAPulsingAlertOnTheOpenMap_AndIsAcknowledgedFromTheFeed()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1440, height: 900);
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        page.Response += (_, r) => { if (r.Status >= 400) console.Add($"{r.Status} {r.Request.Method} {r.Url}"); };
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await SignIn.AsAsync(page, "analis");
        await page.ClickAsync("[data-testid=nav-live]");
        await page.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");
        try
        {
            await Assertions.Expect(page.Locator("[data-testid=connection-state]")).ToHaveAttributeAsync("data-state", "connected");
        }
        catch (PlaywrightException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\nbrowser console:\n{string.Join("\n", console)}");
        }
        var openBefore = await page.Locator("[data-testid=kpi-open-alerts] .kpi-value").InnerTextAsync();

        using var officer = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        var (lon, lat) = await DemoPlaces.BesideActiveRatRouteAsync(server.ConnectionString, nth: 1);
        var report = await officer.ReportAsync(ApiSession.Sighting(lon, lat));
        var alertId = await listener.WaitForAlertRaisedAtAsync(lon, lat, TimeSpan.FromSeconds(10));
        Assert.Equal(await DemoPlaces.AlertForReportAsync(server.ConnectionString, report), alertId);

        // B2 next to an active route: critical, so it pulses, and a toast says so.
        var marker = page.Locator($".leaflet-alerts-pane .alert-critical [data-alert-id='{alertId}']");
        try
        {
            await Assertions.Expect(marker).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 5_000 });
        }
        catch (PlaywrightException e)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "live-failed.png") });
            throw new Xunit.Sdk.XunitException($"{e.Message}\nbrowser console:\n{string.Join("\n", console)}");
        }
        await Assertions.Expect(page.Locator(".mud-snackbar").First).ToContainTextAsync("KRITIS");
        var item = page.Locator($"[data-testid=alert-item][data-alert-id='{alertId}']");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "New");
        await Assertions.Expect(page.Locator("[data-testid=kpi-open-alerts] .kpi-value")).Not.ToHaveTextAsync(openBefore);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "live-new-alert.png") });

        await marker.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=alert-panel]")).ToHaveAttributeAsync("data-alert-id", alertId.ToString());
        await page.ClickAsync("[data-testid=action-acknowledge]");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "Acknowledged");
        await Assertions.Expect(item.Locator("[data-testid=handled-by]")).ToContainTextAsync("Analis");
        await page.FillAsync("[data-testid=action-assignee]", "Kanim Batam");
        await page.ClickAsync("[data-testid=action-assign]");
        await Assertions.Expect(page.Locator("[data-testid=panel-status]")).ToHaveTextAsync("Ditugaskan");
        await Assertions.Expect(page.Locator("[data-testid=alert-trail] li")).ToHaveCountAsync(3);

        // Resolving asks what followed: the button waits for the note and the outcome, both given as a person does.
        await page.Locator("[data-testid=action-note]").PressSequentiallyAsync("Rombongan dicegah di pelabuhan");
        await Assertions.Expect(page.Locator("[data-testid=action-resolve]")).ToBeDisabledAsync();
        await page.Locator("[data-testid=action-outcome]").SelectOptionAsync(new SelectOptionValue { Label = "Korban dicegah/diselamatkan" });
        await page.Locator("[data-testid=action-resolve]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=panel-status]")).ToHaveTextAsync("Selesai");
        await Assertions.Expect(page.Locator("[data-testid=panel-outcome]")).ToHaveTextAsync("Korban dicegah/diselamatkan");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "live-alert-handled.png") });

        // The outcome reaches headquarters' evaluation: the rat-route rule's row counts an interception.
        await page.GotoAsync("/evaluation");
        await page.WaitForSelectorAsync("[data-testid=evaluation][data-ready=true]");
        var row = page.Locator("[data-testid=evaluation-rule][data-rule=ReportNearRatRoute]");
        await Assertions.Expect(row.Locator("[data-outcome=VictimsIntercepted]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        // Narrowed to the alert's own province it still counts; dates typed the wrong way round are refused in words.
        using (var details = System.Text.Json.JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/alerts/{alertId}")).TextAsync()))
        {
            var province = details.RootElement.GetProperty("alert").GetProperty("provinceCode").GetString()!;
            await page.Locator("[data-testid=evaluation-province]").SelectOptionAsync(province);
            await Assertions.Expect(row.Locator("[data-outcome=VictimsIntercepted]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        }
        await page.Locator("[data-testid=evaluation-from]").FillAsync("2026-12-31");
        await page.Locator("[data-testid=evaluation-to]").FillAsync("2026-01-01");
        await page.Locator("[data-testid=evaluation-apply]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=evaluation-period-error]")).ToContainTextAsync("tidak boleh sesudah");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "evaluation.png") });
        // The evaluation is read on a laptop and on the operations room's wall: it fits either width.
        foreach (var (width, height) in new[] { (1366, 768), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"evaluation-{width}.png"), FullPage = true });
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"/evaluation is {scrollWidth} px wide at {width} px");
        }

        // The quarter's report for that province, downloaded by a click as the task force's secretary would: a PDF whose text is the report.
        await page.Locator("[data-testid=evaluation-report-kind]").SelectOptionAsync("quarter");
        await Assertions.Expect(page.Locator("[data-testid=evaluation-report-download]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("period=\\d{4}-Q[1-4]&province="));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=evaluation-report-download]").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
        {
            var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Laporan Evaluasi Peringatan Dini TPPO", words);
            Assert.Contains("Triwulan", words);
        }

        // The page heard all of it through its circuit alone: no hub connection of its own.
        Assert.DoesNotContain(sockets, url => url.Contains("/hubs/situation", StringComparison.Ordinal));
        Assert.Contains(sockets, url => url.Contains("/_blazor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheViewIsInTheAddress_ALinkOpensTheSameView_AndTheCopyLinkButtonGivesIt()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(page, "analis");
        await page.GotoAsync("/live");
        await page.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");

        // A week, critical only, newest first: each choice is written into the address as it is made.
        await page.Locator("[data-testid=filter-hours]").SelectOptionAsync("168");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("hours=168"));
        await page.ClickAsync("[data-testid=filter-severity-Critical]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("severity=Critical"));
        var address = page.Url;
        Assert.Contains("hours=168", address);
        Assert.Equal("7 hari terakhir", await page.Locator("[data-testid=filter-hours] option:checked").InnerTextAsync());

        // The copy button gives that same link (on the clipboard, or shown to copy where the browser refuses).
        await page.ClickAsync("[data-testid=copy-link]");
        var status = page.Locator("[data-testid=copy-link-status]");
        await Assertions.Expect(status).ToContainTextAsync(new System.Text.RegularExpressions.Regex("disalin|Salin tautan ini"));
        if (await page.Locator("[data-testid=copy-link-url]").CountAsync() > 0)
            Assert.Equal(address, await page.Locator("[data-testid=copy-link-url]").InputValueAsync());

        // Opened in another tab, the link shows the same view.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(address);
        await other.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");
        Assert.Equal("168", await other.Locator("[data-testid=filter-hours]").InputValueAsync());
        await Assertions.Expect(other.Locator("[data-testid=filter-severity-Critical]")).ToHaveAttributeAsync("aria-pressed", "true");
        foreach (var severity in await other.Locator("[data-testid=alert-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.severity)"))
            Assert.Equal("Critical", severity);
    }

    [Fact]
    public async Task ACriticalAlert_OnAPageNobodyClicked_AsksForTheClickThatLetsTheAlarmSound_AndTheTabCountsIt()
    {
        var signIn = await browser.NewPageAsync(server.BaseUri, width: 1366, height: 768);
        await SignIn.AsAsync(signIn, "analis");
        // A tab of its own, opened on the live view and never clicked: the browser's autoplay policy keeps it silent.
        var page = await signIn.Context.NewPageAsync();
        await signIn.CloseAsync();
        // Playwright's Chromium lets any page play sound (and its scripts count as the user's gestures); people's
        // browsers wait for a click or a key on the page. Give this page that policy: sound only after a real
        // (trusted) pointer or key event on this document.
        await page.AddInitScriptAsync("""
            (() => {
                let clicked = false;
                for (const type of ['pointerdown', 'keydown'])
                    window.addEventListener(type, e => { if (e.isTrusted) clicked = true; }, true);
                const Real = window.AudioContext;
                window.AudioContext = class extends Real {
                    get state() { return clicked ? super.state : 'suspended'; }
                    resume() { return clicked ? super.resume() : new Promise(() => { }); }
                };
            })();
            """);
        await page.GotoAsync("/live");
        await page.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=connection-state]")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(page.Locator("[data-testid=sound-blocked]")).ToHaveCountAsync(0);

        using var officer = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        var (lon, lat) = await DemoPlaces.BesideActiveRatRouteAsync(server.ConnectionString, nth: 2); // critical, as on the overview
        await officer.ReportAsync(ApiSession.Sighting(lon, lat));
        var alertId = await listener.WaitForAlertRaisedAtAsync(lon, lat, TimeSpan.FromSeconds(10));

        await Assertions.Expect(page.Locator($"[data-testid=banner-alert][data-alert-id='{alertId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex(@"^\(\d+\) "));
        var prompt = page.Locator("[data-testid=sound-blocked]");
        await Assertions.Expect(prompt).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "live-sound-blocked.png") });

        await page.ClickAsync("[data-testid=sound-unlock]");
        await Assertions.Expect(prompt).ToHaveCountAsync(0);

        await page.ClickAsync("[data-testid=banner-seen]");
        await Assertions.Expect(page.Locator("[data-testid=alert-banner]")).ToHaveCountAsync(0);
        await Assertions.Expect(page).Not.ToHaveTitleAsync(new System.Text.RegularExpressions.Regex(@"^\(\d+\) "));
    }
}
