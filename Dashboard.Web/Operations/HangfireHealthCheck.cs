using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Operations;

/// <summary>Healthy while Hangfire's storage answers; says how many job servers are alive (none while a worker is down).</summary>
public sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            return Task.FromResult(HealthCheckResult.Healthy($"{servers} job server(s)"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire's storage does not answer", e));
        }
    }
}
