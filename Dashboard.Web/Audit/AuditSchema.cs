using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Web.Audit;

/// <summary>
/// Brings the audit schema up to date as its owner (the migrations also create the writer role, its grants and the
/// append-only triggers), then seals lines written before the chain existed: they are hashed in id order, once,
/// which the triggers allow only for a line that has no hash yet.
/// </summary>
public static class AuditSchema
{
    public static async Task MigrateAsync(AuditConnection audit, CancellationToken cancellationToken = default)
    {
        var options = new DbContextOptionsBuilder<AuditDb>()
            .UseNpgsql(audit.OwnerConnectionString, o => o.MigrationsHistoryTable(AuditDb.MigrationsHistoryTable, AuditDb.Schema))
            .Options;
        await using (var db = new AuditDb(options))
            await HistoryTableFirst.MigrateAsync(db);
        await SealUnchainedAsync(audit.OwnerConnectionString, cancellationToken);
    }

    private static async Task SealUnchainedAsync(string ownerConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AccessLog.ChainLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        // Only the lines before the first chained one: a hashless line after it was slipped in, and stays broken.
        var unchained = new List<AccessEvent>();
        await using (var read = new NpgsqlCommand("""
            SELECT id, at, user_name, agency, office, client_address, action, resource, rows, outcome FROM audit.access_events
            WHERE hash IS NULL AND id < coalesce((SELECT min(id) FROM audit.access_events WHERE hash IS NOT NULL), 9223372036854775807)
            ORDER BY id
            """, connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                unchained.Add(new AccessEvent
                {
                    Id = reader.GetInt64(0),
                    At = reader.GetFieldValue<DateTimeOffset>(1),
                    UserName = reader.GetString(2),
                    Agency = reader.GetString(3),
                    Office = reader.GetString(4),
                    ClientAddress = reader.GetString(5),
                    Action = reader.GetString(6),
                    Resource = reader.GetString(7),
                    Rows = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                    Outcome = reader.GetString(9),
                });
            }
        }
        var previous = AuditChain.Genesis;
        foreach (var line in unchained)
        {
            var hash = AuditChain.HashOf(previous, line);
            await using var seal = new NpgsqlCommand("UPDATE audit.access_events SET previous_hash = @previous, hash = @hash WHERE id = @id", connection, transaction);
            seal.Parameters.AddWithValue("previous", previous);
            seal.Parameters.AddWithValue("hash", hash);
            seal.Parameters.AddWithValue("id", line.Id);
            await seal.ExecuteNonQueryAsync(cancellationToken);
            previous = hash;
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
