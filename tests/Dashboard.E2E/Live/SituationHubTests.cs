using Dashboard.E2E.Infrastructure;
using Dashboard.Geo.Situation;

namespace Dashboard.E2E.Live;

/// <summary>Another process listening on /hubs/situation over a real connection: it hears events, and loses none.</summary>
public sealed class SituationHubTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AListener_HearsAReport_IsCutOffByAServerCrash_AndOnReconnectCatchesUpOnExactlyWhatItMissed()
    {
        using var officer = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        using var analyst = await ApiSession.SignInAsync(server.BaseUri, "analis");
        await using var listener = await SituationListener.ConnectAsync(server.BaseUri, analyst.CookieHeader);

        var first = await officer.ReportAsync(ApiSession.Sighting(110.42, -6.95, "Laporan pertama"));
        var heard = await listener.WaitForAsync(e => e.Type == SituationEventType.ReportsReceived && e.Reports!.Any(r => r.Id == first), Soon);

        await server.RestartAsync();
        await listener.Closed.WaitAsync(Soon);
        using var officerAgain = await ApiSession.SignInAsync(server.BaseUri, "petugas");
        var missed = new List<long>();
        for (var i = 0; i < 3; i++)
            missed.Add(await officerAgain.ReportAsync(ApiSession.Sighting(110.42 + i * 0.01, -6.95, $"Terlewat {i}")));

        await listener.ReconnectAsync();
        var caughtUp = await listener.CatchUpAsync(heard.Sequence);

        var reportIds = caughtUp.Where(e => e.Type == SituationEventType.ReportsReceived).SelectMany(e => e.Reports!).Select(r => r.Id).ToList();
        Assert.Equal(missed, reportIds);
        Assert.All(caughtUp, e => Assert.True(e.Sequence > heard.Sequence));
        Assert.Equal(caughtUp.Select(e => e.Sequence).Order(), caughtUp.Select(e => e.Sequence));
        Assert.DoesNotContain(listener.Received, e => e.Reports?.Any(r => missed.Contains(r.Id)) == true);
    }

    [Fact]
    public async Task SomeoneWithoutAnOperationsRole_CannotListen()
    {
        using var timpora = await ApiSession.SignInAsync(server.BaseUri, "timpora.polri");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SituationListener.ConnectAsync(server.BaseUri, timpora.CookieHeader));
        Assert.True(refused.Message.Contains("403", StringComparison.Ordinal), refused.ToString());
    }
}
