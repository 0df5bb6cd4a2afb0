namespace Dashboard.Web.Startup;

/// <summary>Seeds the synthetic demo world into an empty database (filled in by the demo generator).</summary>
internal static class DemoWorldStartup
{
    public static Task SeedIfEmptyAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        _ = services;
        _ = configuration;
        logger.LogWarning("Demo world seeding is not wired yet");
        return Task.CompletedTask;
    }
}
