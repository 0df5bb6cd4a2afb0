using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Jobs;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Jobs.RiskMap;
using Hangfire;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Timpora;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Startup;

public static class DatabaseInitializer
{
    /// <summary>Applies both schemas' migrations, creates roles and, when Demo:Seed is on, the demo world and accounts
    /// (with it off, the demo accounts are disabled).</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        await MigrateAsync(provider, configuration, logger);

        await LandOutlineStartup.LoadIfEmptyAsync(provider, logger);
        await Gazetteer.GazetteerStartup.LoadIfNewerAsync(provider, logger);
        JobsRegistration.RegisterRecurringJobs(provider);
        TimporaRegistration.RegisterTimporaJobs(provider);

        var seeder = provider.GetRequiredService<DemoAccountSeeder>();
        await seeder.EnsureRolesAsync();
        if (configuration.GetValue("Demo:Seed", false))
        {
            await seeder.EnsureDemoAccountsAsync();
            await TimporaDemoSeats.SeatIfEmptyAsync(provider, provider.GetRequiredService<TimeProvider>());
            await Screening.ScreeningDemoServices.SeedIfEmptyAsync(provider, provider.GetRequiredService<TimeProvider>());
            if (await DemoWorldStartup.SeedIfEmptyAsync(provider, configuration, logger))
            {
                provider.GetRequiredService<RiskMapTrigger>().TryRequest(TimeSpan.Zero);
                provider.GetRequiredService<IBackgroundJobClient>().Enqueue<EarlyWarningJob>(job => job.RunAsync(CancellationToken.None));
            }
            await DemoWorldStartup.AddRoadsIfNoneAsync(provider, logger);
        }
        else
        {
            await seeder.DisableDemoAccountsAsync();
        }
        await TravelNetworkStartup.BuildIfMissingAsync(provider, logger);
    }

    /// <summary>
    /// Every schema through the owner's connection (ConnectionStrings:Migrations, or the app's own when it owns them);
    /// with a separate owner, Hangfire's tables are made by the owner too and the app's role is granted its rows.
    /// </summary>
    private static async Task MigrateAsync(IServiceProvider provider, IConfiguration configuration, ILogger logger)
    {
        var app = configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName)!;
        var owner = DatabaseRegistration.OwnerConnectionString(configuration, app);
        var separateOwner = configuration.GetConnectionString(DatabaseRegistration.MigrationsConnectionStringName) is { Length: > 0 };
        await using (var geo = new GeoDbContext(new DbContextOptionsBuilder<GeoDbContext>().UseGeoDatabase(owner).Options))
            await HistoryTableFirst.MigrateAsync(geo);
        await using (var identity = new IdentityDb(Options<IdentityDb>(o => o.UseIdentityDatabase(owner))))
            await HistoryTableFirst.MigrateAsync(identity);
        await using (var timpora = new TimporaDb(Options<TimporaDb>(o => o.UseTimporaDatabase(owner))))
            await HistoryTableFirst.MigrateAsync(timpora);
        await using (var screening = new ScreeningDb(Options<ScreeningDb>(o => o.UseScreeningDatabase(owner))))
            await HistoryTableFirst.MigrateAsync(screening);
        await AuditSchema.MigrateAsync(provider.GetRequiredService<AuditConnection>());
        if (separateOwner)
        {
            JobsRegistration.InstallStorageSchema(owner);
            var auditAsWriter = configuration.GetConnectionString(AuditConnection.ConnectionStringName) is not { Length: > 0 };
            await AppRoleGrants.GrantAsync(owner, app, auditAsWriter);
            logger.LogInformation("Database schemas are up to date (migrated by the owner role; the app's role granted its rows)");
        }
        else
        {
            logger.LogInformation("Database schemas are up to date");
        }
    }

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder> configure) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configure(builder);
        return builder.Options;
    }
}
