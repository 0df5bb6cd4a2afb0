using Dashboard.E2E.Infrastructure;
using Dashboard.Geo.Situation;

namespace Dashboard.E2E.Live;

/// <summary>With Redis configured, an event raised on one instance reaches dashboards connected to the other.</summary>
public sealed class ScaleOutTests(ScaledOutDashboard dashboards) : IClassFixture<ScaledOutDashboard>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AReportAndTheAlertItRaisesOnOneInstance_ReachAListenerOnTheOther_AndTheOtherWay()
    {
        using var officerOnFirst = await ApiSession.SignInAsync(dashboards.First.BaseUri, "petugas");
        using var analystOnSecond = await ApiSession.SignInAsync(dashboards.Second.BaseUri, "analis");
        await using var onSecond = await SituationListener.ConnectAsync(dashboards.Second.BaseUri, analystOnSecond.CookieHeader);
        var (lon, lat) = await DemoPlaces.BesideActiveRatRouteAsync(dashboards.ConnectionString);

        var report = await officerOnFirst.ReportAsync(ApiSession.Sighting(lon, lat));

        await onSecond.WaitForAsync(e => e.Type == SituationEventType.ReportsReceived && e.Reports!.Any(r => r.Id == report), Soon);
        var alertId = await onSecond.WaitForAlertRaisedAtAsync(lon, lat, Soon);
        Assert.Equal(await DemoPlaces.AlertForReportAsync(dashboards.ConnectionString, report), alertId);

        using var officerOnSecond = await ApiSession.SignInAsync(dashboards.Second.BaseUri, "petugas");
        using var analystOnFirst = await ApiSession.SignInAsync(dashboards.First.BaseUri, "analis");
        await using var onFirst = await SituationListener.ConnectAsync(dashboards.First.BaseUri, analystOnFirst.CookieHeader);
        var back = await officerOnSecond.ReportAsync(ApiSession.Sighting(110.40, -6.96, "Dari instans kedua"));
        await onFirst.WaitForAsync(e => e.Type == SituationEventType.ReportsReceived && e.Reports!.Any(r => r.Id == back), Soon);
    }
}
