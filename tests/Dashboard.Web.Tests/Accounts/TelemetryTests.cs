using System.Net;
using Dashboard.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Dashboard.Web.Tests.Accounts;

/// <summary>The app with an OTLP endpoint configured (nothing listens there: export failures must not matter).</summary>
public sealed class TelemetryApp() : DashboardApp(new Dictionary<string, string> { ["OpenTelemetry:Endpoint"] = "http://127.0.0.1:9" });

public sealed class TelemetryTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    [Fact]
    public async Task WithAnEndpoint_TracesAreOn_AndTheAppServes()
    {
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync("/health/ready")).StatusCode);
    }
}

public sealed class NoTelemetryTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public void WithoutAnEndpoint_TracesAreOff() => Assert.Null(app.Services.GetService<TracerProvider>());
}
