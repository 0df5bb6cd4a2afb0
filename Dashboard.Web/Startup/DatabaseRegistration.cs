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
        builder.Services.AddDbContext<IdentityDb>(o => o.UseNpgsql(connectionString,
            npgsql => npgsql.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable, IdentityDb.Schema)));
        builder.Services.AddDbContext<TimporaDb>(o => o.UseNpgsql(connectionString,
            npgsql => npgsql.MigrationsHistoryTable(TimporaDb.MigrationsHistoryTable, TimporaDb.Schema)));
        builder.Services.AddScreeningDatabase(connectionString);
        // The audit log is read and written as the insert-only writer role; its migrations run as the app's own role.
        var audit = new AuditConnection(AuditConnection.Resolve(builder.Configuration, connectionString), connectionString);
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
