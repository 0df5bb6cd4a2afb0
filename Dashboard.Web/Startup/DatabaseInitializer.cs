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

        await using (var geo = await provider.GetRequiredService<IDbContextFactory<GeoDbContext>>().CreateDbContextAsync())
            await HistoryTableFirst.MigrateAsync(geo);
        await HistoryTableFirst.MigrateAsync(provider.GetRequiredService<IdentityDb>());
        await HistoryTableFirst.MigrateAsync(provider.GetRequiredService<TimporaDb>());
        await using (var screening = await provider.GetRequiredService<IDbContextFactory<ScreeningDb>>().CreateDbContextAsync())
            await HistoryTableFirst.MigrateAsync(screening);
        await AuditSchema.MigrateAsync(provider.GetRequiredService<AuditConnection>());
        logger.LogInformation("Database schemas are up to date");

        await LandOutlineStartup.LoadIfEmptyAsync(provider, logger);
        await Gazetteer.GazetteerStartup.LoadIfNewerAsync(provider, logger);
        JobsRegistration.RegisterRecurringJobs(provider);

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
}
