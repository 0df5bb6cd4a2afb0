using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Situation;

/// <summary>
/// The durable event log. Appending takes a transaction-wide lock, so events commit in the order of their sequence
/// numbers: a client that has seen sequence N and asks for what came after can never miss an event that committed
/// later with a smaller number.
/// </summary>
public static class SituationEventLog
{
    /// <summary>Arbitrary, fixed: the advisory lock that orders appends.</summary>
    private const long AppendLock = 7_401_001;

    public const int MaxRead = 500;

    /// <summary>Appends within the caller's transaction; the events are durable when the caller commits.</summary>
    public static async Task<IReadOnlyList<SituationMessage>> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<SituationMessage> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0)
            return [];
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AppendLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(ct);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO geo.situation_events (at, type, payload)
            SELECT clock_timestamp(), t, p FROM unnest(@types, @payloads) WITH ORDINALITY AS e(t, p, n) ORDER BY n
            RETURNING sequence, at
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = drafts.Select(d => (int)d.Type).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = drafts.Select(d => JsonSerializer.Serialize(d, SituationJson.Options)).ToArray(),
        });
        var stored = new List<(long Sequence, DateTimeOffset At)>(drafts.Count);
        await using (var reader = await insert.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                stored.Add((reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }
        // RETURNING follows the insert order, which ORDER BY n fixed to the drafts' order.
        return drafts.Zip(stored, (d, s) => d with { Sequence = s.Sequence, At = s.At }).ToList();
    }

    /// <summary>Appends in a transaction of its own.</summary>
    public static async Task<IReadOnlyList<SituationMessage>> AppendAsync(NpgsqlDataSource dataSource, IReadOnlyList<SituationMessage> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0)
            return [];
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var appended = await AppendAsync(connection, transaction, drafts, ct);
        await transaction.CommitAsync(ct);
        return appended;
    }

    /// <summary>Up to <paramref name="limit"/> events after a sequence number, oldest first.</summary>
    public static async Task<IReadOnlyList<SituationMessage>> ReadAfterAsync(NpgsqlDataSource dataSource, long after, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT sequence, at, payload FROM geo.situation_events WHERE sequence > @after ORDER BY sequence LIMIT @limit
            """);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, MaxRead));
        return await ReadAsync(command, ct);
    }

    /// <summary>The given events, oldest first; numbers not in the log are left out.</summary>
    public static async Task<IReadOnlyList<SituationMessage>> ReadAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<long> sequences, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT sequence, at, payload FROM geo.situation_events WHERE sequence = ANY(@sequences) ORDER BY sequence
            """);
        command.Parameters.AddWithValue("sequences", sequences.Take(MaxRead).ToArray());
        return await ReadAsync(command, ct);
    }

    /// <summary>The newest sequence number, or 0 for an empty log: where a new client starts listening.</summary>
    public static async Task<long> LatestAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(sequence), 0) FROM geo.situation_events");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<IReadOnlyList<SituationMessage>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var messages = new List<SituationMessage>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var message = JsonSerializer.Deserialize<SituationMessage>(reader.GetString(2), SituationJson.Options)!;
            messages.Add(message with { Sequence = reader.GetInt64(0), At = reader.GetFieldValue<DateTimeOffset>(1) });
        }
        return messages;
    }
}
