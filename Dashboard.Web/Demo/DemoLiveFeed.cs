using Dashboard.Web.Reports;
using Npgsql;

namespace Dashboard.Web.Demo;

/// <summary>
/// Keeps the demo alive: while `Demo:LiveFeed` is on, a plausible field report arrives every 15–45 seconds through the
/// same intake as the API and the form, so the live view shows reports, alerts and KPI changes as a real day would.
/// Off unless asked for (`./dashboard run` asks); never on in tests, which count exactly the reports they send.
/// </summary>
public sealed class DemoLiveFeed(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, ILogger<DemoLiveFeed> logger) : BackgroundService
{
    private static readonly ReportSender Sender = new("Umpan demo (petugas lapangan)", "Imigrasi", Account: null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DemoFeedPlaces places;
        try
        {
            places = await DemoFeedPlaces.LoadAsync(dataSource, stoppingToken);
        }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException)
        {
            logger.LogWarning(e, "The demo live feed is off: the demo world is not there to report from");
            return;
        }
        var random = new Random();
        logger.LogInformation("Demo live feed on: a field report every 15–45 s");
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(random.Next(15, 46)), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stoppingToken.IsCancellationRequested)
                return;
            await SendAsync(DemoReports.Next(places, random, DateTimeOffset.UtcNow), stoppingToken);
        }
    }

    private async Task SendAsync(Reports.ReportSubmission report, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ReportIntake>().AcceptAsync([report], "", Sender, ct);
            if (!result.Accepted)
                logger.LogWarning("The demo feed made a report the intake refused: {Errors}", string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The database is restarting or busy: skip this one, the feed goes on.
            logger.LogWarning(e, "The demo feed could not store a report");
        }
    }
}
