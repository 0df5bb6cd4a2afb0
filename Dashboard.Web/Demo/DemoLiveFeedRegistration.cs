namespace Dashboard.Web.Demo;

public static class DemoLiveFeedRegistration
{
    /// <summary>Starts the demo's stream of field reports when `Demo:LiveFeed` is true; nothing otherwise.</summary>
    public static WebApplicationBuilder AddDemoLiveFeed(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Demo:LiveFeed", false))
            builder.Services.AddHostedService<DemoLiveFeed>();
        return builder;
    }
}
