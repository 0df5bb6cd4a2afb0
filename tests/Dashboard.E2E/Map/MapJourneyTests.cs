using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Map;

/// <summary>The analyst's journey: sign in, see the national map with every layer, read the risk map and explain a cell.</summary>
public sealed class MapJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    private static readonly string[] RecordLayers = ["crossings", "rat-routes", "villages", "cases"];

    [Fact]
    public async Task SignIn_OpenMap_DrawsEveryLayerOverTheBasemap()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);

        await SignIn.AsAsync(page, "analis");
        await map.WaitForBasemapAsync();
        foreach (var layer in RecordLayers)
            await map.WaitForLayerDrawnAsync(layer);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "map-national.png") });
        Assert.Equal(40, await map.DrawnCountAsync("crossings")); // every real checkpoint in the demo is in view
        Assert.True(await map.DrawnCountAsync("rat-routes") > 100);
        Assert.Equal("Peta Situasi Nasional", (await page.TitleAsync()).Split('|')[0].Trim());
        Assert.True(await page.Locator("[data-testid=legend-synthetic]").IsVisibleAsync());
    }

    [Fact]
    public async Task RiskMap_ShowsCellsAndHotSpots_AndExplainsACell()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "analis");
        await map.WaitForLayerDrawnAsync("crossings");

        foreach (var layer in RecordLayers)
            await map.ToggleLayerAsync(layer);
        await map.ToggleLayerAsync("risk");
        await map.ToggleLayerAsync("hotspots");
        // The first risk run starts when the demo world is seeded; the layer fills in once it has finished.
        await page.WaitForSelectorAsync("[data-testid=risk-run-picker]");
        await RetryUntilDrawnAsync(page, map, "risk");
        await map.WaitForLayerDrawnAsync("hotspots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "risk-national.png") });

        // The picker read its list before the first run finished: its reload button, clicked, brings the runs.
        if (await page.Locator("[data-testid=risk-run-none]").IsVisibleAsync())
            await page.Locator("[data-testid=risk-run-refresh]").ClickAsync(new LocatorClickOptions { Timeout = 5_000 });
        // Both pickers answer a real mouse: the newest run chosen by number, then the comparison back to "the run before".
        await map.PickRiskRunAsync("risk-run-select", "#");
        await map.WaitForPickedAsync("risk-run-select", "#");
        // A run chosen to compare with turns the layer into a change map with its own legend, asked with compare=.
        await map.PickRiskRunAsync("risk-compare-select", "#");
        await map.WaitForPickedAsync("risk-compare-select", "#");
        await Assertions.Expect(page.Locator("[data-testid=legend-risk-change]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=legend-risk]")).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.includes('/api/map/layers/risk') && /[?&]compare=\\d+/.test(e.name))");
        await map.PickRiskRunAsync("risk-compare-select", "Run sebelumnya");
        await map.WaitForPickedAsync("risk-compare-select", "Run sebelumnya");
        await Assertions.Expect(page.Locator("[data-testid=legend-risk]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=legend-risk-change]")).ToHaveCountAsync(0);
        await map.WaitForLayerDrawnAsync("risk");

        await map.SearchAndGoAsync("Kabupaten Indramayu");
        await map.WaitForLayerDrawnAsync("risk");
        var box = (await page.Locator(MapPageDriver.Map).BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);

        var title = page.Locator("[data-testid=feature-details-title]");
        await Assertions.Expect(title).ToContainTextAsync("Sel risiko");
        var details = await page.Locator("[data-testid=feature-details]").InnerTextAsync();
        Assert.Contains("Ancaman", details);
        Assert.Contains("Kerentanan", details);
        Assert.Contains("Dampak", details);
        Assert.Contains("Indramayu", details);
        // The demo's history is long enough for the threat to be fitted: the explanation says so and weighs its terms.
        Assert.Contains("Model ancaman", details);
        Assert.Contains("Bobot faktor", details);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "risk-cell-explained.png") });

        // The briefing places each region on the same scale, in the map's colours, with the same key.
        await page.GotoAsync(new Uri(server.BaseUri, "/briefing").ToString());
        // The page renders twice (prerendered, then live): wait for the live one, whose regions are loaded.
        await page.WaitForSelectorAsync("[data-testid=briefing-page][data-ready=true]");
        await Assertions.Expect(page.Locator("[data-testid=risk-scale-key]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=briefing-row] [data-testid=risk-band]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=risk-scale-key]")).ToContainTextAsync("1% teratas");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "briefing-risk-scale.png") });
    }

    [Fact]
    public async Task AnOfficesPlanner_OpensTheMapOnTheWorkingArea_AndTheNationIsOneClickAway()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "perencana");
        await page.GotoAsync("/");
        await map.WaitForBasemapAsync();
        var scope = page.Locator("[data-testid=map-scope]");
        await Assertions.Expect(scope).ToContainTextAsync("KANIM-ENT");
        // Kabupaten Sanggau fills the map: far closer than the national view's zoom 4 to 5.
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=map]').getAttribute('data-zoom')) >= 7");

        await scope.ClickAsync();
        await Assertions.Expect(scope).ToContainTextAsync("nasional");
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=map]').getAttribute('data-zoom')) <= 6");
    }

    [Fact]
    public async Task ASharedLink_OpensTheSameView_AndTheAddressFollowsWhatIsChosen()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        var caseRequests = new List<string>();
        page.Request += (_, r) => { if (r.Url.Contains("/api/map/layers/cases", StringComparison.Ordinal)) caseRequests.Add(r.Url); };
        await SignIn.AsAsync(page, "analis");
        await page.GotoAsync("/?layers=crossings,cases&period=90d&at=0.9,110.3,9");
        await map.WaitForLayerDrawnAsync("cases");

        // The link's place and zoom, not the country framed; its layers and its period.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=map]').getAttribute('data-zoom') === '9'");
        await Assertions.Expect(page.Locator("[data-testid=layer-rat-routes] input")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-testid=layer-cases] input")).ToBeCheckedAsync();
        await map.WaitForPickedAsync("map-period", "90 hari terakhir");
        var since = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-89).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync("since => performance.getEntriesByType('resource').some(e => e.name.includes('/api/map/layers/cases') && e.name.includes('from=' + since))", since);

        // Another period, picked with the pointer: the cases are asked again for it and the address says so.
        await page.Locator("[data-testid=map-period] .mud-input-control").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = "30 hari terakhir" }).First.ClickAsync();
        await page.WaitForURLAsync("**period=30d**");
        Assert.Contains(caseRequests, url => url.Contains("from=" + DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-29).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // Zooming out by a button is a view the person chose: the address carries it.
        await page.Locator(".leaflet-control-zoom-out").ClickAsync();
        await page.WaitForURLAsync("**at=*,8**");
        Assert.Contains("layers=crossings,cases", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASharedLinkNamingARiskRun_ShowsThatRun_AndKeepsItInTheAddress()
    {
        var run = await SucceededRiskRunAsync();
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "analis");
        await page.GotoAsync($"/?layers=risk&run={run}");
        await map.WaitForLayerDrawnAsync("risk");

        await page.WaitForFunctionAsync("run => performance.getEntriesByType('resource').some(e => e.name.includes('/api/map/layers/risk') && e.name.includes('run=' + run))", run);
        await Assertions.Expect(page.Locator("[data-testid=risk-run-select]")).ToContainTextAsync($"#{run}");
        // Another layer switched on with the pointer rewrites the address; the run stays in it.
        await page.Locator("[data-testid=layer-crossings] input").ClickAsync();
        await page.WaitForURLAsync("**layers=*crossings*");
        Assert.Contains($"run={run}", page.Url, StringComparison.Ordinal);
    }

    /// <summary>The first risk run starts when the demo world is seeded: wait for it, by its event if it is not done yet.</summary>
    private async Task<int> SucceededRiskRunAsync()
    {
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT max(id) FROM geo.risk_runs WHERE status = 2", connection);
        if (await command.ExecuteScalarAsync() is int id)
            return id;
        await listener.WaitForAsync(e => e.Type == Dashboard.Geo.Situation.SituationEventType.RiskMapUpdated, TimeSpan.FromMinutes(3));
        return (int)(await command.ExecuteScalarAsync())!;
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task TheMap_FramesAllOfIndonesia_InTheAreaNoPanelCovers_AndNamesTheProvinces(int width, int height)
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: width, height: height, touch: width < 600);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "analis");
        await map.WaitForBasemapAsync();

        // Sabang to Merauke inside the map and, where there is room beside it, left of the layer panel; and filling
        // most of that free width (a fixed zoom 5 left Papua off the edge at 1366 and a sliver of sea at 1920).
        var framed = await page.WaitForFunctionAsync("""
            () => {
                const map = document.querySelector('[data-testid=map]');
                const px = map?.getAttribute('data-indonesia-px');
                if (!px) return null;
                const [x1, y1, x2, y2] = px.split(',').map(Number);
                const m = map.getBoundingClientRect();
                const panel = document.querySelector('[data-testid=layer-panel]').getBoundingClientRect();
                const free = panel.width && m.width - panel.width > m.width / 2 ? panel.left - m.left : m.width;
                const inside = x1 >= -1 && y1 >= -1 && x2 <= free + 1 && y2 <= m.height + 1;
                return inside && (x2 - x1) >= 0.6 * free ? { x1, x2, free } : null;
            }
            """, null, new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 100 });
        Assert.NotNull(framed);
        // Most provinces are named (fewer on a phone, where neighbours' names would overlap), and no two names overlap.
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('[data-testid=map]').getAttribute('data-labels-province')) >= {(width < 600 ? 8 : 20)}");
        await Assertions.Expect(page.Locator(".map-label--province span:visible", new PageLocatorOptions { HasTextString = "Papua" }).First).ToBeVisibleAsync();
        var overlaps = await page.EvaluateAsync<int>("""
            () => {
                const boxes = [...document.querySelectorAll('.map-label span')].filter(s => getComputedStyle(s).visibility !== 'hidden')
                    .map(s => s.getBoundingClientRect());
                let count = 0;
                for (let i = 0; i < boxes.length; i++)
                    for (let j = i + 1; j < boxes.length; j++) {
                        const a = boxes[i], b = boxes[j];
                        if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) count++;
                    }
                return count;
            }
            """);
        Assert.Equal(0, overlaps);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"map-framed-{width}.png") });

        // Closer in, the regency seats are named too.
        await map.SearchAndGoAsync("Kabupaten Indramayu");
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=map]').getAttribute('data-labels-regency')) > 0");
        await Assertions.Expect(page.Locator(".map-label--regency span:visible", new PageLocatorOptions { HasTextString = "Indramayu" }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"map-labels-regency-{width}.png") });
    }

    [Fact]
    public async Task Keyboard_SkipLinkFirst_OneMainLandmark_VisibleFocus_AndNoMarkerInTheTabOrder()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "analis");
        foreach (var layer in RecordLayers)
            await map.WaitForLayerDrawnAsync(layer);

        Assert.Equal(1, await page.Locator("main").CountAsync());
        // From the top of the document (a page opened anew; the router's focus on the heading set aside), Tab's first stop.
        await page.EvaluateAsync("""
            () => {
                document.activeElement?.blur();
                document.body.setAttribute('tabindex', '-1');
                document.body.focus();
                document.body.removeAttribute('tabindex');
            }
            """);
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("[data-testid=skip-link]");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        Assert.Equal("3px", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineWidth"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "skip-link-1366.png") });

        // Dozens of markers are drawn, none of them is a stop for Tab: the search and the panels come first.
        Assert.True(await page.Locator(".leaflet-marker-icon").CountAsync() > 20);
        Assert.Equal(0, await page.Locator(".leaflet-marker-icon[tabindex]:not([tabindex='-1'])").CountAsync());

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main-content'");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('[data-testid]')?.getAttribute('data-testid') ?? document.activeElement.tagName");
        Assert.DoesNotContain("marker", focused, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OnAPhone_TheLayersAndLegendWaitInADrawer_AndTheLinksInAMenu()
    {
        var page = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "analis");
        await map.WaitForLayerDrawnAsync("crossings");

        // Closed, the drawer is a button: the map is the screen.
        var panel = page.Locator("[data-testid=layer-panel]");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=map-legend]")).ToBeHiddenAsync();
        var toggle = page.Locator("[data-testid=map-side-toggle]");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "map-phone-drawer-closed.png") });

        await toggle.ClickAsync();
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await map.ToggleLayerAsync("villages"); // a real tap on the switch, in the open drawer
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "map-phone-drawer-open.png") });
        await toggle.ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();

        // The app bar's links fold into a menu that a tap opens, and a link in it navigates and closes it.
        var live = page.Locator("[data-testid=nav-live]");
        await Assertions.Expect(live).ToBeHiddenAsync();
        await page.WaitForSelectorAsync("[data-testid=app-menu-toggle][data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.Locator(".app-menu-button").ClickAsync();
        await Assertions.Expect(live).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "menu-phone-open.png") });
        await live.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");
        await Assertions.Expect(live).ToBeHiddenAsync();
    }

    [Fact]
    public async Task CoveredLayerSwitch_CannotBeClicked_SoTheJourneyWouldFail()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "analis");
        await map.WaitForLayerDrawnAsync("crossings");
        await map.ToggleLayerAsync("villages"); // uncovered: the click reaches the switch
        await map.ToggleLayerAsync("villages");

        // Lay a transparent sheet over the layer panel, as the map once lay over it: the same click must now fail.
        await page.EvaluateAsync("""
            () => {
                const r = document.querySelector('[data-testid=layer-panel]').getBoundingClientRect();
                const sheet = document.createElement('div');
                Object.assign(sheet.style, { position: 'fixed', left: r.left + 'px', top: r.top + 'px',
                    width: r.width + 'px', height: r.height + 'px', zIndex: 100000 });
                document.body.appendChild(sheet);
            }
            """);
        await Assert.ThrowsAsync<TimeoutException>(() => map.ToggleLayerAsync("villages"));
        Assert.True(await page.Locator("[data-testid=layer-villages] input").IsCheckedAsync());
    }

    [Fact]
    public async Task AnotherAgency_SeesOnlyClusters_WithSmallCountsHidden()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        var map = new MapPageDriver(page);
        await SignIn.AsAsync(page, "timpora.polri");
        await map.WaitForLayerDrawnAsync("cases");

        await map.SearchAndGoAsync("Kabupaten Indramayu");
        await map.WaitForLayerDrawnAsync("cases");

        var zoom = int.Parse((await page.GetAttributeAsync(MapPageDriver.Map, "data-zoom"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(zoom >= 9, $"zoomed in to village level ({zoom})");
        var kinds = await page.EvaluateAsync<string[]>("""
            async () => {
                const r = await fetch('/api/map/layers/cases?bbox=107.9,-6.7,108.7,-6.1&zoom=12', { credentials: 'same-origin' });
                const c = await r.json();
                return c.features.map(f => f.properties.cluster === true && f.id === undefined ? 'cluster' : 'record');
            }
            """);
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("cluster", k));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "timpora-village-zoom.png") });
    }

    [Fact]
    public async Task English_IsOneClickAway()
    {
        var page = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(page, "analis");

        await page.ClickAsync("[data-testid=culture-en]");

        await Assertions.Expect(page.Locator("[data-testid=layer-panel]")).ToContainTextAsync("Map layers");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("National Situation Map"));
    }

    /// <summary>Until the first run finishes the risk layer is empty; panning refetches it, as a user would.</summary>
    private static async Task RetryUntilDrawnAsync(IPage page, MapPageDriver map, string layer)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                await map.WaitForLayerDrawnAsync(layer, 5_000);
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                await page.Keyboard.PressAsync("Escape");
                await page.Locator(MapPageDriver.Map).FocusAsync();
                await page.Keyboard.PressAsync("ArrowRight");
            }
        }
    }
}
