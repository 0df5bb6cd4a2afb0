using Dashboard.Bench;

// dotnet run -c Release --project bench/Dashboard.Bench -- risk [edgeMetres] [repetitions] | backtest [origins] | patrol [stops] [runs] | patrol-network [stops] [runs]
//   | ingest [reports] [batchSize] [senders] | latency [windowSeconds] [clientCounts, e.g. 100,500]
//   | circuits [liveViews] [alerts] | pages | early-warning [areas] [baseline] [shiftRatio]
// Prints the figures; docs/benchmarks.md records the ones measured on the project's 2-core machine.
var what = args.ElementAtOrDefault(0) ?? "risk";
var root = FindRoot();
switch (what)
{
    case "risk":
        var edge = int.Parse(args.ElementAtOrDefault(1) ?? "5000", System.Globalization.CultureInfo.InvariantCulture);
        var repetitions = int.Parse(args.ElementAtOrDefault(2) ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        await RiskRecomputeBenchmark.RunAsync(edge, repetitions, Path.Combine(root, "Dashboard.Web", "wwwroot", "basemap", "countries.geojson"));
        break;
    case "backtest":
        var origins = int.Parse(args.ElementAtOrDefault(1) ?? "52", System.Globalization.CultureInfo.InvariantCulture);
        await Dashboard.Bench.Backtest.BacktestRunner.RunAsync(Path.Combine(root, "Dashboard.Web", "wwwroot", "basemap", "countries.geojson"),
            Path.Combine(root, "docs", "backtest-results.md"), origins);
        break;
    case "early-warning":
        Dashboard.Bench.EarlyWarning.EarlyWarningBenchmark.Run(Number(1, 300), args.ElementAtOrDefault(2),
            args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : null);
        break;
    case "patrol":
        var stops = int.Parse(args.ElementAtOrDefault(1) ?? "200", System.Globalization.CultureInfo.InvariantCulture);
        var runs = int.Parse(args.ElementAtOrDefault(2) ?? "5", System.Globalization.CultureInfo.InvariantCulture);
        PatrolPlannerBenchmark.Run(stops, runs);
        break;
    case "patrol-network":
        await PatrolNetworkBenchmark.RunAsync(Number(1, 200), Number(2, 5), Path.Combine(root, "Dashboard.Web", "wwwroot", "basemap", "countries.geojson"));
        break;
    case "ingest":
        await Dashboard.Bench.Live.IngestBenchmark.RunAsync(
            total: Number(1, 20_000), batchSize: Number(2, 500), senders: Number(3, 4));
        break;
    case "latency":
        var counts = (args.ElementAtOrDefault(2) ?? "100,500").Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Dashboard.Bench.Live.LatencyBenchmark.RunAsync(counts, alertsPerSecond: 10, window: TimeSpan.FromSeconds(Number(1, 30)));
        break;
    case "pages":
        await Dashboard.Bench.Live.PageWeightBenchmark.RunAsync();
        break;
    case "circuits":
        await Dashboard.Bench.Live.CircuitBenchmark.RunAsync(circuits: Number(1, 50), alerts: Number(2, 10));
        break;
    default:
        Console.Error.WriteLine("usage: Dashboard.Bench risk [edgeMetres] [repetitions] | backtest [origins] | patrol [stops] [runs] | patrol-network [stops] [runs] | ingest [reports] [batchSize] [senders] | latency [windowSeconds] [clientCounts]");
        return 2;
}
return 0;

int Number(int position, int fallback) =>
    int.Parse(args.ElementAtOrDefault(position) ?? fallback.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException("Dashboard.sln not found");
}
