using Dashboard.Geo.Situation;
using Dashboard.Jobs.Settings;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Live;
using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Authentication;
using StackExchange.Redis;

namespace Dashboard.Web.Situation;

public static class SituationRegistration
{
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// The feed the pages subscribe to, the hub for external clients and the worker, and the publisher that serves
    /// both. With ConnectionStrings:Redis set, instances share their news through Redis (the hub's messages and the
    /// feeds' announcements); without it, the feeds hear each other through PostgreSQL's LISTEN/NOTIFY.
    /// </summary>
    public static WebApplicationBuilder AddSituation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<SituationOptions>(builder.Configuration, SituationOptions.Section);
        builder.Services.AddSettings<SituationFeedOptions>(builder.Configuration, SituationFeedOptions.Section);
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ServiceKeyAuthentication>(ServiceKeyAuthentication.SchemeName, null);
        var signalR = builder.Services.AddSignalR()
            .AddJsonProtocol(o => SituationJson.Configure(o.PayloadSerializerOptions));

        builder.Services.AddSingleton<SituationFeed>();
        builder.Services.AddSingleton<ISituationFeed>(sp => sp.GetRequiredService<SituationFeed>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SituationFeed>());
        builder.Services.AddSingleton<LiveAlerts>();
        builder.Services.AddSingleton<SituationKpiSnapshot>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SituationKpiSnapshot>());

        var redis = builder.Configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("dashboard"));
            builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
            {
                var configuration = ConfigurationOptions.Parse(redis);
                configuration.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(configuration);
            });
            builder.Services.AddSingleton<RedisSituationBackplane>();
            builder.Services.AddSingleton<ISituationBackplane>(sp => sp.GetRequiredService<RedisSituationBackplane>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<RedisSituationBackplane>());
        }
        else
        {
            builder.Services.AddSingleton<PostgresSituationBackplane>();
            builder.Services.AddSingleton<ISituationBackplane>(sp => sp.GetRequiredService<PostgresSituationBackplane>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<PostgresSituationBackplane>());
        }
        builder.Services.AddSingleton<ISituationPublisher, HubSituationPublisher>();
        return builder;
    }

    public static WebApplication MapSituation(this WebApplication app)
    {
        app.MapHub<SituationHub>(SituationHub.Path);
        return app;
    }
}
