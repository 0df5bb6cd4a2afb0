using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Jobs;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Timpora;
using Npgsql;

namespace Dashboard.Web.Startup;

/// <summary>
/// With an owner role running the migrations, the app's own role gets exactly what it uses: reading and writing the
/// rows of the schemas it works in, never creating, altering or dropping, and nothing on the audit log but what the
/// audit writer role gives it (SELECT and INSERT). Granted again at every start, so tables a new migration adds are
/// covered before the app touches them.
/// </summary>
public static class AppRoleGrants
{
    private static readonly string[] Schemas = [GeoDbContext.Schema, IdentityDb.Schema, TimporaDb.Schema, ScreeningDb.Schema, JobsRegistration.HangfireSchema];

    public static async Task GrantAsync(string ownerConnectionString, string appConnectionString, bool appWritesAuditAsWriter, CancellationToken cancellationToken = default)
    {
        var appRole = await CurrentUserAsync(appConnectionString, cancellationToken);
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        var ownerRole = await ScalarAsync<string>(connection, "SELECT current_user", cancellationToken);
        if (string.Equals(ownerRole, appRole, StringComparison.Ordinal))
            return;
        if (await ScalarAsync<bool>(connection, $"SELECT rolsuper FROM pg_roles WHERE rolname = {Literal(appRole)}", cancellationToken))
            throw new InvalidOperationException(
                $"The app's database role {appRole} is a superuser; with ConnectionStrings:Migrations set it must be a role that only reads and writes.");

        var schemas = string.Join(", ", Schemas.Select(Quote));
        var role = Quote(appRole);
        await ExecuteAsync(connection, $"""
            GRANT USAGE ON SCHEMA {schemas} TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schemas} TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schemas} TO {role};
            """, cancellationToken);

        // Without ConnectionStrings:Audit the app writes the audit log by acting as the writer role, which takes membership.
        if (appWritesAuditAsWriter && !await ScalarAsync<bool>(connection,
                $"SELECT pg_has_role({Literal(appRole)}, {Literal(AuditConnection.WriterRole)}, 'MEMBER')", cancellationToken))
        {
            try
            {
                await ExecuteAsync(connection, $"GRANT {AuditConnection.WriterRole} TO {role}", cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new InvalidOperationException(
                    $"The app's role {appRole} must be a member of {AuditConnection.WriterRole} to write the audit log, and {ownerRole} may not grant it. " +
                    $"As a superuser: GRANT {AuditConnection.WriterRole} TO {appRole}; or set ConnectionStrings:Audit to a login of its own.", e);
            }
        }
    }

    private static async Task<string> CurrentUserAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ScalarAsync<string>(connection, "SELECT session_user", cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
