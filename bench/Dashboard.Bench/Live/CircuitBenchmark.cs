using System.Diagnostics;
using System.Globalization;
using Dashboard.Testing.Server;
using Microsoft.Playwright;

namespace Dashboard.Bench.Live;

/// <summary>
/// Live views as people open them: N pages of /live in headless Chromium, each its own Blazor circuit, against the
/// dashboard in its own process on the demo world. Reports the server's resident memory per open live view and the
/// time from sending a report to its alert appearing on each screen (a MutationObserver in the page notes when the
/// alert's item is added to the feed; browser and benchmark share the machine's clock).
/// </summary>
internal static class CircuitBenchmark
{
    private const string Observer = """
        () => {
            window.__seen = {};
            const note = () => {
                for (const el of document.querySelectorAll('[data-testid=alert-item]')) {
                    const id = el.getAttribute('data-alert-id');
                    if (!(id in window.__seen)) window.__seen[id] = Date.now();
                }
            };
            note();
            new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
        }
        """;

    public static async Task RunAsync(int circuits, int alerts)
    {
        await using var server = await LiveBenchServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUri.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(120_000);
        var first = await context.NewPageAsync();
        await first.GotoAsync("/account/login");
        await first.FillAsync("input[name='Input.UserName']", "analis");
        await first.FillAsync("input[name='Input.Password']", ApiSession.DemoPassword);
        await first.ClickAsync("button[type=submit]");
        await first.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await OpenLiveAsync(first);
        // Settle once with one live view open, so the baseline holds the app's own caches and JIT, not the first circuit's.
        var baseline = ResidentMegabytes(server.ProcessId);

        var pages = new List<IPage> { first };
        var opening = Stopwatch.StartNew();
        for (var i = 1; i < circuits; i++)
        {
            var page = await context.NewPageAsync();
            await OpenLiveAsync(page);
            pages.Add(page);
        }
        var opened = opening.Elapsed;
        var loaded = ResidentMegabytes(server.ProcessId);
        foreach (var page in pages)
            await page.EvaluateAsync(Observer);

        using var reporter = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        var sent = new Dictionary<long, long>();
        for (var i = 0; i < alerts; i++)
        {
            var (lon, lat) = await DemoPlaces.BesideActiveRatRouteAsync(server.ConnectionString, nth: i);
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await reporter.ReportAsync(ApiSession.Sighting(lon, lat));
            var id = await listener.WaitForAlertRaisedAtAsync(lon, lat, TimeSpan.FromSeconds(20));
            sent[id] = at;
            // One alert at a time: what is measured is delivery, not a queue of them.
            await Task.WhenAll(pages.Select(p => p.WaitForSelectorAsync($"[data-testid=alert-item][data-alert-id='{id}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached })));
        }
        var samples = new List<double>();
        foreach (var page in pages)
        {
            var seen = await page.EvaluateAsync<Dictionary<string, long>>("() => window.__seen");
            foreach (var (id, at) in sent)
            {
                if (seen.TryGetValue(id.ToString(CultureInfo.InvariantCulture), out var shown))
                    samples.Add(shown - at);
            }
        }
        samples.Sort();
        Console.WriteLine($"Circuits: {circuits} live views of {server.BaseUri}live in headless Chromium, {alerts} alerts");
        Console.WriteLine($"  opened in {opened.TotalSeconds:0.0} s; server RSS {baseline:0} MB with one view, {loaded:0} MB with {circuits}: {(loaded - baseline) / Math.Max(1, circuits - 1):0.00} MB per further view");
        Console.WriteLine($"  report-to-screen ms over {samples.Count} samples: min {samples.FirstOrDefault():0}, p50 {Percentile(samples, 0.50):0}, p95 {Percentile(samples, 0.95):0}, max {samples.LastOrDefault():0}");
        await context.CloseAsync();
    }

    private static async Task OpenLiveAsync(IPage page)
    {
        await page.GotoAsync("/live");
        await page.WaitForSelectorAsync("[data-testid=live-page][data-ready=true]");
    }

    private static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
