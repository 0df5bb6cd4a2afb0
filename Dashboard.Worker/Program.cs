using Dashboard.Geo.Persistence;
using Dashboard.Jobs;
using Dashboard.Jobs.Settings;
using Dashboard.Jobs.Situation;
using Hangfire;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// The standalone worker: the same jobs as the web app's in-process server, for scaling out.
// Needs only ConnectionStrings:Dashboard; the web app owns migrations and must have started once.
var builder = Host.CreateApplicationBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Dashboard")
    ?? throw new InvalidOperationException("Connection string 'Dashboard' is not set (ConnectionStrings__Dashboard).");
builder.Services.AddGeoDatabase(connectionString);
builder.Services.AddDashboardJobs(builder.Configuration, connectionString, runServer: true);
// Events reach dashboards through the web app's hub when the worker knows where it is; otherwise they wait in the
// log and dashboards catch up on their own (the warning below says so at every start).
builder.Services.AddSettings<SituationOptions>(builder.Configuration, SituationOptions.Section);
var situation = builder.Configuration.GetSection(SituationOptions.Section).Get<SituationOptions>();
var pushes = !string.IsNullOrWhiteSpace(situation?.HubUrl) && !string.IsNullOrWhiteSpace(situation?.ServiceKey);
if (pushes)
    builder.Services.AddSingleton<ISituationPublisher, HubClientPublisher>();

// Traces and metrics of the jobs and their SQL over OTLP, as the web app does, when an endpoint is configured.
if ((builder.Configuration["OpenTelemetry:Endpoint"] is { Length: > 0 } configured ? configured : builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])
    is { Length: > 0 } endpoint)
{
    var otlp = new Uri(endpoint);
    builder.Services.AddOpenTelemetry()
        .ConfigureResource(r => r.AddService(builder.Configuration["OpenTelemetry:ServiceName"] ?? "dashboard-worker"))
        .WithTracing(t => t.AddNpgsql().AddSource(Dashboard.Jobs.Telemetry.JobTelemetry.SourceName).AddOtlpExporter(o => o.Endpoint = otlp))
        .WithMetrics(m => m.AddMeter(Dashboard.Jobs.Telemetry.JobTelemetry.MeterName, "Npgsql").AddOtlpExporter(o => o.Endpoint = otlp));
}

var host = builder.Build();
if (!pushes)
    host.Services.GetRequiredService<ILogger<Program>>().LogWarning(
        "Situation:HubUrl or Situation:ServiceKey is not set: events are logged but not pushed; dashboards see them when they catch up");
JobsRegistration.RegisterRecurringJobs(host.Services);
await host.RunAsync();
