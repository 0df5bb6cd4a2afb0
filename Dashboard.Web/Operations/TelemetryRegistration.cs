using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Dashboard.Web.Operations;

/// <summary>
/// OpenTelemetry traces and metrics over OTLP when an endpoint is configured (OpenTelemetry:Endpoint, or the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT), off otherwise: ASP.NET Core requests, outgoing HTTP, Npgsql commands, the SignalR hub,
/// and the Hangfire jobs of the in-process server (<see cref="Dashboard.Jobs.Telemetry.JobTelemetry"/>).
/// </summary>
public static class TelemetryRegistration
{
    public static WebApplicationBuilder AddDashboardTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OpenTelemetry:Endpoint"] is { Length: > 0 } configured
            ? configured
            : builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
            return builder;
        var uri = new Uri(endpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OpenTelemetry:ServiceName"] ?? "dashboard-web"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource("Microsoft.AspNetCore.SignalR.Server", Dashboard.Jobs.Telemetry.JobTelemetry.SourceName)
                .AddOtlpExporter(o => o.Endpoint = uri))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(Dashboard.Jobs.Telemetry.JobTelemetry.MeterName, "Npgsql", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections", "Microsoft.AspNetCore.Components")
                .AddOtlpExporter(o => o.Endpoint = uri));
        return builder;
    }
}
