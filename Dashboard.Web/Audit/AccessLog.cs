using System.Security.Claims;
using Dashboard.Web.Identity;
using Npgsql;

namespace Dashboard.Web.Audit;

/// <summary>
/// Records who saw or changed what. Written before the data is returned, so no read goes unrecorded. Writers are
/// serialised by a transaction-scoped advisory lock, so the hash chain stays one line long however many app instances
/// write: each takes the lock, reads the last hash, inserts its line and commits.
/// </summary>
public sealed class AccessLog(AuditConnection audit, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>The advisory lock key of the chain ("audit" in ASCII).</summary>
    public const long ChainLock = 0x6175646974;

    public Task RecordAsync(ClaimsPrincipal user, string action, string resource, CancellationToken cancellationToken) =>
        RecordAsync(user, action, resource, rows: null, AuditOutcome.Allowed, cancellationToken);

    public Task RecordAsync(ClaimsPrincipal user, string action, string resource, int? rows, string outcome, CancellationToken cancellationToken) =>
        WriteAsync(new AccessEvent
        {
            UserName = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "(anonymous)" : "(anonymous)",
            Agency = user.FindFirstValue(DashboardClaims.Agency) ?? "",
            Office = user.FindFirstValue(DashboardClaims.Office) ?? "",
            ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "",
            Action = action,
            Resource = resource,
            Rows = rows,
            Outcome = outcome,
        }, cancellationToken);

    /// <summary>Chains and inserts one line; returns it with its id and hashes.</summary>
    public async Task<AccessEvent> WriteAsync(AccessEvent line, CancellationToken cancellationToken)
    {
        line.UserName = Cut(line.UserName, 256);
        line.Agency = Cut(line.Agency, 64);
        line.Office = Cut(line.Office, 32);
        line.ClientAddress = Cut(line.ClientAddress, 64);
        line.Action = Cut(line.Action, 64);
        line.Resource = Cut(line.Resource, 512);
        line.At = AuditChain.ToStoredPrecision(clock.GetUtcNow());

        await using var connection = await audit.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ChainLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        await using (var last = new NpgsqlCommand(
            "SELECT (SELECT hash FROM audit.access_events ORDER BY id DESC LIMIT 1), nextval(pg_get_serial_sequence('audit.access_events', 'id'))",
            connection, transaction))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            line.PreviousHash = reader.IsDBNull(0) ? AuditChain.Genesis : reader.GetString(0);
            line.Id = reader.GetInt64(1);
        }
        line.Hash = AuditChain.HashOf(line.PreviousHash, line);
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO audit.access_events (id, at, user_name, agency, office, client_address, action, resource, rows, outcome, previous_hash, hash)
            VALUES (@id, @at, @user, @agency, @office, @client, @action, @resource, @rows, @outcome, @previous, @hash)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", line.Id);
            insert.Parameters.AddWithValue("at", line.At);
            insert.Parameters.AddWithValue("user", line.UserName);
            insert.Parameters.AddWithValue("agency", line.Agency);
            insert.Parameters.AddWithValue("office", line.Office);
            insert.Parameters.AddWithValue("client", line.ClientAddress);
            insert.Parameters.AddWithValue("action", line.Action);
            insert.Parameters.AddWithValue("resource", line.Resource);
            insert.Parameters.AddWithValue("rows", (object?)line.Rows ?? DBNull.Value);
            insert.Parameters.AddWithValue("outcome", line.Outcome);
            insert.Parameters.AddWithValue("previous", line.PreviousHash);
            insert.Parameters.AddWithValue("hash", line.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return line;
    }

    // Text is cut, not refused: an audit line is never lost because what it names is long. NUL cannot be stored.
    private static string Cut(string text, int length)
    {
        text = text.Replace('\0', ' ');
        return text.Length > length ? text[..length] : text;
    }
}
