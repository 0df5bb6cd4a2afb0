using System.Diagnostics;
using Dashboard.Geo.Situation;
using Dashboard.Testing.Server;

namespace Dashboard.Bench.Live;

/// <summary>
/// Ingest-to-dashboard latency: N hub clients watch while credible patrol sightings beside highly active rat routes
/// arrive at a steady rate, each raising one critical alert. A sample is the time from the moment the report is sent
/// to POST /api/reports until its AlertRaised event reaches one client; every client contributes a sample per alert.
/// Each client count runs twice: with no risk recompute running, and with recomputes back to back.
/// </summary>
internal static class LatencyBenchmark
{
    public static async Task RunAsync(IReadOnlyList<int> clientCounts, int alertsPerSecond, TimeSpan window)
    {
        await using var server = await LiveBenchServer.StartAsync();
        using var reporter = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        var routes = new List<(double Longitude, double Latitude)>();
        for (var nth = 0; nth < 20; nth++)
            routes.Add(await DemoPlaces.BesideActiveRatRouteAsync(server.ConnectionString, nth));
        var sequence = 0;
        Console.WriteLine($"Latency: {alertsPerSecond} alerts/s for {window.TotalSeconds:0} s per scenario, against {server.BaseUri}");
        Console.WriteLine($"{"clients",8} {"recompute",10} {"alerts",7} {"samples",8} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"max ms",7} {"missing",8} {"runs",5}");

        foreach (var count in clientCounts)
        {
            var clients = await WatchingClients.ConnectAsync(server.BaseUri, analyst.CookieHeader, count);
            try
            {
                // Warm-up: the first alerts pay JIT and connection set-up in the server.
                await MeasureAsync(clients, reporter, routes, () => sequence++, alertsPerSecond, TimeSpan.FromSeconds(3), recompute: null, print: null);
                await QuietAsync(clients, analyst);
                await MeasureAsync(clients, reporter, routes, () => sequence++, alertsPerSecond, window, recompute: null, print: $"{count,8} {"no",10}");
                await QuietAsync(clients, analyst);
                await MeasureAsync(clients, reporter, routes, () => sequence++, alertsPerSecond, window, recompute: analyst, print: $"{count,8} {"running",10}");
                await QuietAsync(clients, analyst);
            }
            finally
            {
                await clients.DisposeAsync();
            }
        }
    }

    private static async Task MeasureAsync(WatchingClients clients, ApiSession reporter, List<(double Longitude, double Latitude)> routes,
        Func<int> next, int perSecond, TimeSpan window, ApiSession? recompute, string? print)
    {
        clients.Reset();
        var sent = new System.Collections.Concurrent.ConcurrentDictionary<(double, double), long>();
        var runsBefore = clients.RiskMapsSeen;
        using var stop = new CancellationTokenSource(window);
        var recomputing = recompute is null ? Task.CompletedTask : RecomputeBackToBackAsync(clients, recompute, stop.Token);
        var posts = new List<Task>();
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < window; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed);
            var n = next();
            var route = routes[n % routes.Count];
            // A metre apart per report, so each alert is recognised by where it was reported.
            var place = (Math.Round(route.Longitude + n / routes.Count * 0.00001, 7), Math.Round(route.Latitude, 7));
            sent[place] = Stopwatch.GetTimestamp();
            posts.Add(reporter.ReportAsync(ApiSession.Sighting(place.Item1, place.Item2, "Perahu tanpa lampu membawa penumpang (uji beban).")));
        }
        await Task.WhenAll(posts);
        await recomputing;
        // Every alert sent must reach every client; give the last ones up to five seconds.
        await clients.WaitForAsync(sent.Keys, TimeSpan.FromSeconds(5));
        if (print is null)
            return;
        var (samples, missing) = clients.Latencies(sent);
        samples.Sort();
        Console.WriteLine($"{print} {sent.Count,7} {samples.Count,8} {P(samples, 50),7:0} {P(samples, 95),7:0} {P(samples, 99),7:0} {samples[^1],7:0} {missing,8} {clients.RiskMapsSeen - runsBefore,5}");
    }

    private static double P(List<double> sorted, double p) => IngestBenchmark.Percentile(sorted, p);

    /// <summary>Asks for a recompute, waits for its RiskMapUpdated, asks again, until the window closes.</summary>
    private static async Task RecomputeBackToBackAsync(WatchingClients clients, ApiSession analyst, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var seen = clients.RiskMapsSeen;
            (await analyst.Http.PostAsync("api/risk/runs", null, CancellationToken.None)).EnsureSuccessStatusCode();
            await clients.WaitForRiskMapAsync(seen, TimeSpan.FromMinutes(2));
        }
    }

    /// <summary>
    /// Lets the debounced recompute that the last window's reports asked for run now and finish, so the next window
    /// starts with no recompute running or waiting.
    /// </summary>
    private static async Task QuietAsync(WatchingClients clients, ApiSession analyst)
    {
        var seen = clients.RiskMapsSeen;
        (await analyst.Http.PostAsync("api/risk/runs", null)).EnsureSuccessStatusCode();
        await clients.WaitForRiskMapAsync(seen, TimeSpan.FromMinutes(2));
    }
}
