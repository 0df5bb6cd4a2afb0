using System.Globalization;
using System.Text.Json;
using Dashboard.Testing.Server;
using Microsoft.Playwright;

namespace Dashboard.Bench.Live;

/// <summary>
/// What a page costs on the wire, as Chromium counts it (the DevTools protocol's encoded bytes, headers included): the
/// map's first visit with an empty cache and its second visit with the cache the first left, and the same for the
/// overview and the field officer's report form. The circuit's WebSocket traffic is counted apart: it is the page's
/// live content, not its static files.
/// </summary>
internal static class PageWeightBenchmark
{
    // The heaviest responses of each visit are listed under its line: what to shrink next.
    private const int Largest = 5;

    public static async Task RunAsync()
    {
        await using var server = await LiveBenchServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        Console.WriteLine("page              visit   http KB  requests  websocket KB");
        foreach (var (user, path, ready) in new[]
        {
            ("analis", "/", "() => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-layer-crossings')) > 0"),
            ("analis", "/overview", "() => document.querySelector('[data-testid=overview-page]')?.getAttribute('data-ready') === 'true'"),
            ("petugas", "/reports/new", "() => document.querySelector('[data-testid=report-form]')?.getAttribute('data-ready') === 'true'"),
        })
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUri.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
            context.SetDefaultTimeout(120_000);
            var signIn = await context.NewPageAsync();
            await signIn.GotoAsync("/account/login");
            await signIn.FillAsync("input[name='Input.UserName']", user);
            await signIn.FillAsync("input[name='Input.Password']", ApiSession.DemoPassword);
            await signIn.ClickAsync("button[type=submit]");
            await signIn.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
            var cdp = await context.NewCDPSessionAsync(signIn);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.clearBrowserCache");
            await signIn.CloseAsync();

            for (var visit = 1; visit <= 2; visit++)
            {
                var page = await context.NewPageAsync();
                var weight = await WeighAsync(context, page, path, ready);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path,-16}  {(visit == 1 ? "first" : "second"),-6}  {weight.Http / 1024.0,7:F1}  {weight.Requests,8}  {weight.WebSocket / 1024.0,12:F1}"));
                await page.CloseAsync();
            }
            await context.DisposeAsync();
        }
    }

    private static async Task<(long Http, int Requests, long WebSocket)> WeighAsync(IBrowserContext context, IPage page, string path, string ready)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        long http = 0, webSocket = 0;
        var requests = 0;
        var responses = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var sizes = new System.Collections.Concurrent.ConcurrentBag<(long Bytes, string What)>();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var response = e!.Value.GetProperty("response");
            var headers = response.GetProperty("headers");
            string Header(string name) => headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } v ? v.GetString()! : "-";
            responses[e.Value.GetProperty("requestId").GetString()!] =
                $"{response.GetProperty("status").GetInt32()} {new Uri(response.GetProperty("url").GetString()!).AbsolutePath} [{Header("content-encoding")}; {Header("cache-control")}]";
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            var bytes = (long)e!.Value.GetProperty("encodedDataLength").GetDouble();
            Interlocked.Add(ref http, bytes);
            Interlocked.Increment(ref requests);
            sizes.Add((bytes, responses.GetValueOrDefault(e.Value.GetProperty("requestId").GetString()!, "?")));
        };
        void Frame(JsonElement? e) =>
            Interlocked.Add(ref webSocket, e!.Value.GetProperty("response").GetProperty("payloadData").GetString()!.Length);
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => Frame(e);
        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) => Frame(e);
        await cdp.SendAsync("Network.enable");
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync(ready);
        // Whatever the page asks for once it is up (layers, labels) belongs to the visit: wait until the network is quiet.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 30_000 }).ContinueWith(_ => { });
        foreach (var (bytes, what) in sizes.OrderByDescending(x => x.Bytes).Take(Largest))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {bytes / 1024.0,8:F1} KB  {what}"));
        return (Interlocked.Read(ref http), requests, Interlocked.Read(ref webSocket));
    }
}
