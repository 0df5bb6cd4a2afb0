using System.Diagnostics;
using System.Net.Http.Json;
using Dashboard.Testing.Server;
using Npgsql;

namespace Dashboard.Bench.Live;

/// <summary>
/// Durable field reports per second through POST /api/reports/batch: several senders (checkpoints flushing their
/// offline queues) post batches at once; a report counts when the API answered that it is stored, and at the end the
/// database must hold exactly the reports sent. Every after-step runs as in production: events to the hub, alert rules
/// on the new reports, the debounced risk recomputation request. It also says how long the alert rules took to catch up.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task RunAsync(int total, int batchSize, int senders)
    {
        await using var server = await LiveBenchServer.StartAsync();
        using var session = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        var places = await ReportPlaces.LoadAsync(server.ConnectionString);
        var batches = Enumerable.Range(0, (total + batchSize - 1) / batchSize)
            .Select(b => Enumerable.Range(b * batchSize, Math.Min(batchSize, total - b * batchSize)).Select(i => ReportPlaces.Report(places, i)).ToArray())
            .ToArray();
        Console.WriteLine($"Ingest: {total:N0} reports in batches of {batchSize} from {senders} concurrent senders, against {server.BaseUri}");

        // One warm-up batch so the figures are the server's steady state, not its first JIT.
        await PostAsync(session, Enumerable.Range(0, 50).Select(i => ReportPlaces.Report(places, -1 - i)).ToArray());

        var latencies = new List<double>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < batches.Length)
            {
                var started = clock.Elapsed;
                await PostAsync(session, batches[mine]);
                lock (latencies)
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed;

        // The rules judge reports in arrival order, just after each answer; a marker report sent last raises its alert
        // only once every report before it has been judged.
        var (lon, lat) = await DemoPlaces.BesideActiveRatRouteAsync(server.ConnectionString);
        await session.ReportAsync(ApiSession.Sighting(lon, lat, "Penanda akhir uji beban."));
        await listener.WaitForAlertRaisedAtAsync(lon, lat, TimeSpan.FromMinutes(5));
        var judged = clock.Elapsed;

        var stored = await CountAsync(server.ConnectionString);
        if (stored != total + 51)
            throw new InvalidOperationException($"the database holds {stored} reports; {total + 51} were accepted");
        latencies.Sort();
        Console.WriteLine($"{total:N0} durable reports in {elapsed.TotalSeconds:0.00} s: {total / elapsed.TotalSeconds:N0} reports/s");
        Console.WriteLine($"batch round trip ms: p50 {Percentile(latencies, 50):0}, p95 {Percentile(latencies, 95):0}, max {latencies[^1]:0}");
        Console.WriteLine($"database holds all {stored:N0} accepted reports (including 50 warm-up and 1 marker)");
        Console.WriteLine($"alert rules had judged every report {(judged - elapsed).TotalSeconds:0.0} s after the last answer " +
            $"({total / judged.TotalSeconds:N0} reports/s judged end to end); {await AlertCountAsync(server.ConnectionString):N0} alerts open");
    }

    private static async Task PostAsync(ApiSession session, object[] reports)
    {
        var response = await session.Http.PostAsJsonAsync("api/reports/batch", new { reports });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"batch refused: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Task<long> CountAsync(string connectionString) => ScalarAsync(connectionString, "SELECT count(*) FROM geo.field_reports");

    private static Task<long> AlertCountAsync(string connectionString) => ScalarAsync(connectionString, "SELECT count(*) FROM geo.alerts");

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
