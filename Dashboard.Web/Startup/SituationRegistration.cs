using Dashboard.Geo.Situation;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Authentication;
using StackExchange.Redis;

namespace Dashboard.Web.Startup;

public static class SituationRegistration
{
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// The hub and its publisher. With ConnectionStrings:Redis set, instances share their hubs' messages through Redis,
    /// so an event raised on one reaches dashboards connected to any.
    /// </summary>
    public static WebApplicationBuilder AddSituation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SituationOptions>(builder.Configuration.GetSection(SituationOptions.Section));
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ServiceKeyAuthentication>(ServiceKeyAuthentication.SchemeName, null);
        var signalR = builder.Services.AddSignalR()
            .AddJsonProtocol(o => SituationJson.Configure(o.PayloadSerializerOptions));
        var redis = builder.Configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("dashboard"));
        builder.Services.AddSingleton<ISituationPublisher, HubSituationPublisher>();
        return builder;
    }

    public static WebApplication MapSituation(this WebApplication app)
    {
        app.MapHub<SituationHub>(SituationHub.Path);
        return app;
    }
}
