using Npgsql;

namespace Dashboard.Web.Audit;

/// <summary>
/// The connection the audit log is written and read through: ConnectionStrings:Audit when set (a login role that is a
/// member of <see cref="WriterRole"/> only), otherwise the app's own connection acting as <see cref="WriterRole"/>
/// from its first statement (PostgreSQL's startup option <c>role</c>). Either way the session may only SELECT and
/// INSERT audit rows; an UPDATE, DELETE or TRUNCATE is refused by PostgreSQL, not by the app.
/// </summary>
public sealed class AuditConnection : IAsyncDisposable
{
    public const string ConnectionStringName = "Audit";
    public const string WriterRole = "dashboard_audit_writer";

    public AuditConnection(string connectionString, string ownerConnectionString)
    {
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The writer's connection: SELECT and INSERT only.</summary>
    public string ConnectionString { get; }

    /// <summary>The app's own connection, which owns the schema and runs its migrations; never used to write lines.</summary>
    public string OwnerConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The audit connection for a deployment: the configured one, or the app's own as the writer role.</summary>
    public static string Resolve(IConfiguration configuration, string appConnectionString) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : AsWriter(appConnectionString);

    public static string AsWriter(string appConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(appConnectionString) { ApplicationName = "dashboard-audit" };
        builder.Options = $"{builder.Options} -c role={WriterRole}".Trim();
        return builder.ConnectionString;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
