using Dashboard.Geo.Alerts;
using Dashboard.Jobs.Alerts;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Jobs.Risk;
using Dashboard.Jobs.RiskMap;
using Dashboard.Jobs.Patrols;
using Dashboard.Jobs.Referrals;
using Dashboard.Geo.Screening;
using Dashboard.Jobs.Settings;
using Dashboard.Jobs.Situation;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>Hangfire on PostgreSQL and the jobs, for the web app (in-process server) and the standalone worker alike.</summary>
public static class JobsRegistration
{
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// Whether the jobs' own connection creates and upgrades Hangfire's tables: yes unless an owner role runs the
    /// migrations (ConnectionStrings:Migrations), since a role that may only read and write cannot; a worker on such a
    /// role is started with Jobs:PrepareStorageSchema=false.
    /// </summary>
    public static bool PreparesStorageSchema(IConfiguration configuration) =>
        configuration.GetValue("Jobs:PrepareStorageSchema", configuration.GetConnectionString("Migrations") is not { Length: > 0 });

    /// <summary>Creates or upgrades Hangfire's tables through the owner's connection (what the app's role may not do).</summary>
    public static void InstallStorageSchema(string ownerConnectionString)
    {
        var options = StorageOptions(prepareSchema: true);
        _ = new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(ownerConnectionString, options), options);
    }

    private static PostgreSqlStorageOptions StorageOptions(bool prepareSchema) => new()
    {
        SchemaName = HangfireSchema,
        PrepareSchemaIfNecessary = prepareSchema,
        // The default 15 s poll would keep a requested recomputation waiting; a fifth of a second is cheap.
        QueuePollInterval = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>The queue every job of this project runs on: the one a standalone worker serves.</summary>
    public const string DefaultQueue = "default";

    /// <param name="extraQueues">Queues the in-process server serves besides the default (the web app's own jobs).</param>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration, string connectionString, bool runServer,
        params string[] extraQueues)
    {
        services.AddSettings<RiskOptions>(configuration, RiskOptions.Section);
        services.AddSettings<EarlyWarningOptions>(configuration, EarlyWarningOptions.Section);
        services.AddSettings<PatrolPlannerOptions>(configuration, PatrolPlannerOptions.Section);
        services.AddScoped<EarlyWarningJob>();
        services.AddSettings<AlertOptions>(configuration, AlertOptions.Section);
        services.AddSingleton<AlertStore>();
        services.AddSingleton<AlertSettings>();
        services.AddSingleton<IAlertRule, OffloadingClusterRule>();
        services.AddSingleton<IAlertRule, RatRouteReportRule>();
        services.AddSingleton<IAlertRule, MinorsDestinationRule>();
        services.AddSingleton<IAlertRule, EarlyWarningRule>();
        services.AddSingleton<AlertEvaluator>();
        services.AddSingleton<ReportAlertQueue>();
        services.AddScoped<AlertSweepJob>();
        services.TryAddSingleton<ISituationPublisher, LogOnlyPublisher>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GridBuilder>();
        services.AddSingleton<RiskInputReader>();
        services.AddSingleton<RiskResultWriter>();
        services.AddScoped<RiskMapJob>();
        services.AddScreeningDatabase(connectionString);
        services.AddScoped<UnansweredReferralJob>();
        services.AddSingleton<RiskMapTrigger>();
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new Telemetry.JobTelemetry())
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), StorageOptions(PreparesStorageSchema(configuration))));
        if (runServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.Queues = [.. extraQueues, DefaultQueue];
            });
        }
        return services;
    }

    /// <summary>Declares the recurring schedule in one place; safe to call at every start.</summary>
    public static void RegisterRecurringJobs(IServiceProvider services)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        manager.AddOrUpdate<RiskMapJob>(RecurringJobIds.RiskMap, job => job.RunAsync("schedule", CancellationToken.None),
            services.GetRequiredService<IOptions<RiskOptions>>().Value.Cron);
        manager.AddOrUpdate<EarlyWarningJob>(RecurringJobIds.EarlyWarning, job => job.RunAsync(CancellationToken.None),
            services.GetRequiredService<IOptions<EarlyWarningOptions>>().Value.Cron);
        manager.AddOrUpdate<AlertSweepJob>(RecurringJobIds.AlertSweep, job => job.RunAsync(CancellationToken.None),
            services.GetRequiredService<IOptions<AlertOptions>>().Value.Cron);
        manager.AddOrUpdate<UnansweredReferralJob>(RecurringJobIds.UnansweredReferrals, job => job.RunAsync(CancellationToken.None),
            UnansweredReferralJob.Cron);
    }
}
