using Dashboard.E2E.Infrastructure;
using Dashboard.Geo.Situation;
using Dashboard.Jobs.Situation;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.E2E.Live;

/// <summary>The standalone jobs worker logs an event and hands it to the hub with its service key; dashboards hear it.</summary>
public sealed class WorkerPublishingTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private Uri HubUri => new(server.BaseUri, "hubs/situation");

    [Fact]
    public async Task AnEventLoggedByTheWorker_ReachesAListeningDashboard_ThroughTheHub()
    {
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);
        await using var publisher = new HubClientPublisher(
            Options.Create(new SituationOptions { HubUrl = HubUri.ToString(), ServiceKey = DashboardServer.ServiceKey }),
            NullLogger<HubClientPublisher>.Instance);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);

        var logged = await SituationEventLog.AppendAsync(dataSource,
            [SituationMessage.Draft(new RiskMapSnapshot(4242, DateTimeOffset.UtcNow, 123))], CancellationToken.None);
        await publisher.PublishAsync(logged, CancellationToken.None);

        var heard = await listener.WaitForAsync(e => e.Sequence == logged[0].Sequence, TimeSpan.FromSeconds(10));
        Assert.Equal(SituationEventType.RiskMapUpdated, heard.Type);
        Assert.Equal(4242, heard.RiskMap!.RunId);
    }

    [Fact]
    public async Task AWrongServiceKey_CannotConnect_AndAPersonCannotPublish()
    {
        await using var impostor = new HubConnectionBuilder()
            .WithUrl(HubUri, o => o.Headers[HubClientPublisher.ServiceKeyHeader] = "guessed")
            .Build();
        var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(() => impostor.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);

        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var person = new HubConnectionBuilder().WithUrl(HubUri, o => o.Headers["Cookie"] = analyst.CookieHeader).Build();
        await person.StartAsync();
        var denied = await Assert.ThrowsAsync<HubException>(() => person.InvokeAsync<int>(HubClientPublisher.PublishMethod, new long[] { 1 }));
        Assert.Contains("unauthorized", denied.Message, StringComparison.OrdinalIgnoreCase);
    }
}
