using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Geo.Screening;

/// <summary>The one place the screening context is configured, for the web app and the jobs worker alike.</summary>
public static class ScreeningDatabaseRegistration
{
    public static DbContextOptionsBuilder UseScreeningDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(ScreeningDb.MigrationsHistoryTable, ScreeningDb.Schema));

    /// <summary>Safe to call twice: the web app registers its databases and hosts the jobs, which need this one too.</summary>
    public static IServiceCollection AddScreeningDatabase(this IServiceCollection services, string connectionString)
    {
        if (services.Any(d => d.ServiceType == typeof(IDbContextFactory<ScreeningDb>)))
            return services;
        services.AddDbContextFactory<ScreeningDb>(o => o.UseScreeningDatabase(connectionString));
        return services;
    }
}
