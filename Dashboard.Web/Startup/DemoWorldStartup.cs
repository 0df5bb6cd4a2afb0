using Dashboard.Demo;
using Npgsql;

namespace Dashboard.Web.Startup;

/// <summary>Seeds the synthetic demo world into an empty database, sized and seeded from the "Demo" settings.</summary>
internal static class DemoWorldStartup
{
    public static async Task<bool> SeedIfEmptyAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var options = new DemoWorldOptions(
            configuration.GetValue("Demo:RandomSeed", DemoWorldOptions.DefaultSeed),
            DemoWorldOptions.ParseSize(configuration["Demo:Size"]),
            DemoWorldOptions.DefaultToday);
        var seeder = new DemoWorldSeeder(services.GetRequiredService<NpgsqlDataSource>());
        return await seeder.GenerateAndSeedIfEmptyAsync(options, message => logger.LogInformation("{Message}", message), CancellationToken.None);
    }

    /// <summary>The demo's invented roads, so that patrol routes follow a network as they would on real data.</summary>
    public static async Task AddRoadsIfNoneAsync(IServiceProvider services, ILogger logger)
    {
        var made = await new DemoRoads(services.GetRequiredService<NpgsqlDataSource>()).AddIfNoneAsync(CancellationToken.None);
        if (made > 0)
            logger.LogInformation("Made {Count} synthetic demo roads and tracks", made);
    }
}
