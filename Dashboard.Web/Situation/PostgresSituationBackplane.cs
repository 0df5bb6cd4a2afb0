using System.Globalization;
using Npgsql;

namespace Dashboard.Web.Situation;

/// <summary>
/// Without Redis: PostgreSQL's LISTEN/NOTIFY on one connection per instance. A lost connection is opened again and
/// the feed reads the log, so announcements missed meanwhile cost nothing but the wait.
/// </summary>
public sealed class PostgresSituationBackplane(NpgsqlDataSource dataSource, SituationFeed feed, ILogger<PostgresSituationBackplane> logger)
    : BackgroundService, ISituationBackplane
{
    public const string Channel = "dashboard_situation_log";

    public async Task AnnounceAsync(long sequence, CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"SELECT pg_notify('{Channel}', @sequence)");
            command.Parameters.AddWithValue("sequence", sequence.ToString(CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not announce event {Sequence} through PostgreSQL", sequence);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => feed.Poke();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                feed.Poke();
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Lost the PostgreSQL notification connection; listening again");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
