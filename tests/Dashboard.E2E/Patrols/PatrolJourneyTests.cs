using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Dashboard.E2E.Infrastructure;
using Dashboard.Geo.Situation;
using Microsoft.Playwright;
using Npgsql;

namespace Dashboard.E2E.Patrols;

/// <summary>A patrol planner goes from "where should we patrol tonight" to a GPX file for the handheld, then records the result.</summary>
public sealed class PatrolJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    private static readonly XNamespace Gpx = "http://www.topografix.com/GPX/1/1";

    [Fact]
    public async Task APlanner_GetsASuggestedRound_MovesAStop_SavesIt_DownloadsValidGpx_AndRecordsAFinding()
    {
        await RiskMapReadyAsync();
        var page = await browser.NewPageAsync(server.BaseUri, width: 1440, height: 900);
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        page.Response += (_, r) => { if (r.Status >= 400) console.Add($"{r.Status} {r.Request.Method} {r.Url}"); };
        await SignIn.AsAsync(page, "perencana");
        // At once, before the map page is interactive: the link must still open the patrol desk.
        await page.ClickAsync("[data-testid=nav-patrols]");
        try
        {
            await page.WaitForSelectorAsync("[data-testid=patrol-page][data-ready=true]");
        }
        catch (TimeoutException e)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "patrol-failed.png") });
            var html = await page.ContentAsync();
            throw new Xunit.Sdk.XunitException($"{e.Message}\nat {page.Url}\nbrowser console:\n{string.Join("\n", console)}\n{html[^Math.Min(html.Length, 1500)..]}\nserver log:\n{server.ReadLog()}");
        }

        await page.SelectOptionAsync("[data-testid=patrol-base]", "ENT");
        await page.SelectOptionAsync("[data-testid=patrol-mode]", "Land");
        await page.FillAsync("[data-testid=patrol-budget]", "8");
        await page.ClickAsync("[data-testid=patrol-suggest]");
        var stops = page.Locator("[data-testid=patrol-stop]");
        await Assertions.Expect(stops.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });
        var stopCount = await stops.CountAsync();
        Assert.Equal(stopCount, await page.Locator(".leaflet-patrol-pane .patrol-stop").CountAsync());
        Assert.True(await page.Locator("[data-testid=patrol-candidate]").CountAsync() >= stopCount);
        // Distances read as whole kilometres, not as a formatting expression printed verbatim.
        Assert.Matches(@"^\d+$", (await page.Locator("[data-testid=candidate-km]").First.InnerTextAsync()).Trim());
        var risk = double.Parse(await page.Locator("[data-testid=patrol-summary]").GetAttributeAsync("data-risk") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(risk > 0, "the suggested round covers no risk");
        // The map has zoomed to the base's reach and redrawn the risk cells and the roads for it.
        await page.WaitForFunctionAsync("""
            () => { const map = document.querySelector("[data-zoom]");
                    return map && Number(map.dataset.zoom) >= 7 && map.dataset.layerRiskState === "ready" && map.dataset.layerRoadsState === "ready"
                        && Number(map.dataset.layerRoads) > 0; }
            """);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "patrol-suggested.png") });

        // Drag the first stop 120 px away: the plan is rescored where it now is.
        var kmBefore = await page.Locator("[data-testid=patrol-km]").InnerTextAsync();
        var first = (await page.Locator(".patrol-stop [data-stop-index='0']").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(first.X + first.Width / 2, first.Y + first.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(first.X + 60, first.Y + 40, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(first.X + 120, first.Y + 80, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.Locator("[data-testid=patrol-km]")).Not.ToHaveTextAsync(kmBefore, new LocatorAssertionsToHaveTextOptions { Timeout = 10_000 });

        await page.FillAsync("[data-testid=patrol-team]", "Tim Patroli 2 Kanim Entikong");
        await page.ClickAsync("[data-testid=patrol-save]");
        await Assertions.Expect(page.Locator("[data-testid=patrol-message]")).ToContainTextAsync("disimpan");
        var saved = page.Locator("[data-testid=patrol-saved]").First;
        await Assertions.Expect(saved).ToContainTextAsync("Tim Patroli 2 Kanim Entikong");
        var patrolId = long.Parse((await saved.GetAttributeAsync("data-patrol-id"))!, System.Globalization.CultureInfo.InvariantCulture);

        var download = await page.RunAndWaitForDownloadAsync(() => saved.Locator("[data-testid=patrol-gpx]").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"patrol-{Guid.NewGuid():N}.gpx");
        await download.SaveAsAsync(path);
        var gpx = XDocument.Load(path);
        Assert.Empty(SchemaErrors(path));
        Assert.Equal(stopCount, gpx.Root!.Elements(Gpx + "wpt").Count());
        Assert.Equal(stopCount + 2, gpx.Root.Element(Gpx + "rte")!.Elements(Gpx + "rtept").Count());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "patrol-saved.png") });

        await saved.Locator("[data-testid=patrol-outcome-open]").ClickAsync();
        await page.FillAsync("[data-testid=patrol-outcome] textarea >> nth=1", "Jejak rombongan dan tas tertinggal di jalur setapak.");
        await page.ClickAsync("[data-testid=patrol-outcome-save]");
        await Assertions.Expect(saved).ToContainTextAsync("Selesai");
        Assert.Equal(1, await FindingReportsAsync(patrolId));
    }

    /// <summary>The first risk run starts when the demo world is seeded: wait for it, by its event if it is not done yet.</summary>
    private async Task RiskMapReadyAsync()
    {
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM geo.risk_runs WHERE status = 2", connection);
        if ((long)(await command.ExecuteScalarAsync())! == 0)
            await listener.WaitForAsync(e => e.Type == SituationEventType.RiskMapUpdated, TimeSpan.FromMinutes(3));
    }

    private async Task<int> FindingReportsAsync(long patrolId)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM geo.patrols p JOIN geo.field_reports r ON r.id = ANY(p.finding_report_ids)
            WHERE p.id = @id AND p.status = 2 AND r.kind = 3 AND r.reporting_officer <> ''
            """, connection);
        command.Parameters.AddWithValue("id", patrolId);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static List<string> SchemaErrors(string path)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(Gpx.NamespaceName, Path.Combine(AppContext.BaseDirectory, "gpx.xsd"));
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }
        return errors;
    }
}
