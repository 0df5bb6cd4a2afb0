using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Geo.Travel;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Timpora;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Web.Startup;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Dashboard";

    /// <summary>The owner role's connection, when the app itself runs as a role that may only read and write.</summary>
    public const string MigrationsConnectionStringName = "Migrations";

    /// <summary>The connection the schemas are created and migrated through: ConnectionStrings:Migrations when set,
    /// otherwise the app's own (which must then own the schemas).</summary>
    public static string OwnerConnectionString(IConfiguration configuration, string appConnectionString) =>
        configuration.GetConnectionString(MigrationsConnectionStringName) is { Length: > 0 } owner ? owner : appConnectionString;

    public static DbContextOptionsBuilder UseIdentityDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable, IdentityDb.Schema));

    public static DbContextOptionsBuilder UseTimporaDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(TimporaDb.MigrationsHistoryTable, TimporaDb.Schema));

    /// <summary>
    /// All contexts share one PostgreSQL database; the connection string is the only required setting. The audit log has
    /// a connection of its own (ConnectionStrings:Audit, by default the same server as the insert-only writer role).
    /// </summary>
    public static WebApplicationBuilder AddDashboardDatabases(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException(
                $"Connection string '{ConnectionStringName}' is not set. Set ConnectionStrings__{ConnectionStringName} or use ./dashboard run.");
        builder.Services.AddGeoDatabase(connectionString);
        builder.Services.AddDbContext<IdentityDb>(o => o.UseIdentityDatabase(connectionString));
        builder.Services.AddDbContext<TimporaDb>(o => o.UseTimporaDatabase(connectionString));
        builder.Services.AddScreeningDatabase(connectionString);
        // The audit log is read and written as the insert-only writer role; its migrations run as the owner.
        var audit = new AuditConnection(AuditConnection.Resolve(builder.Configuration, connectionString),
            OwnerConnectionString(builder.Configuration, connectionString));
        builder.Services.AddSingleton(audit);
        builder.Services.AddDbContextFactory<AuditDb>(o => o.UseNpgsql(audit.DataSource,
            npgsql => npgsql.MigrationsHistoryTable(AuditDb.MigrationsHistoryTable, AuditDb.Schema)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AccessLog>();
        builder.Services.AddSingleton<AuditVerifier>();
        builder.Services.AddSingleton<TravelNetworkBuilder>();
        return builder;
    }
}
