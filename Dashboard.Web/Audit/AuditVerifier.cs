using Npgsql;

namespace Dashboard.Web.Audit;

/// <summary>
/// Walks the audit log in id order and recomputes each line's hash from the previous one; the first line that does
/// not match is reported. Reads through the audit connection, in one pass, without loading the log into memory.
/// </summary>
public sealed class AuditVerifier(AuditConnection audit)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var command = audit.DataSource.CreateCommand("""
            SELECT id, at, user_name, agency, office, client_address, action, resource, rows, outcome, previous_hash, hash
            FROM audit.access_events ORDER BY id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var previous = AuditChain.Genesis;
        long checkedLines = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var line = new AccessEvent
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
                PreviousHash = reader.IsDBNull(10) ? null : reader.GetString(10),
                Hash = reader.IsDBNull(11) ? null : reader.GetString(11),
            };
            var reason = line switch
            {
                { Hash: null } => AuditVerification.NoHash,
                _ when line.PreviousHash != previous => AuditVerification.Link,
                _ when AuditChain.HashOf(previous, line) != line.Hash => AuditVerification.Content,
                _ => null,
            };
            if (reason is not null)
                return new AuditVerification(false, checkedLines, line.Id, reason, previous);
            previous = line.Hash!;
            checkedLines++;
        }
        return new AuditVerification(true, checkedLines, null, null, checkedLines == 0 ? null : previous);
    }
}
