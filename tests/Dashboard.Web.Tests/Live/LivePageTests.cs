using Dashboard.Web.Audit;
using Bunit.TestDoubles;
using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Offices;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Queries.Situation;
using Dashboard.Geo.Situation;
using Dashboard.Jobs.Situation;
using Dashboard.Testing;
using Dashboard.Web.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Live;
using Dashboard.Web.Map;
using Dashboard.Web.Situation;
using Dashboard.Web.Tests.Map;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using Npgsql;

namespace Dashboard.Web.Tests.Live;

/// <summary>The live view against a fake feed (the events) and a real database (what it reads when it opens).</summary>
public sealed class LivePageTests : MapTestContext, IClassFixture<PostgisDatabaseFixture>
{
    private readonly FakeSituationFeed _feed = new();

    public LivePageTests(PostgisDatabaseFixture database)
    {
        var connectionString = database.MigrateGeoAsync().GetAwaiter().GetResult();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetupMapModule();
        var alarm = JSInterop.SetupModule(LivePage.AlarmModulePath);
        alarm.Setup<bool>("loadMuted").SetResult(false);
        alarm.SetupVoid("alarm").SetVoidResult();
        Services.AddLogging();
        Services.AddSingleton<ISituationFeed>(_feed);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build());
        Services.AddDbContextFactory<GeoDbContext>(o => o.UseGeoDatabase(connectionString));
        Services.AddSingleton<AlertQueries>();
        Services.AddSingleton<SituationKpiQuery>();
        Services.AddSingleton<LiveAlerts>();
        Services.AddSingleton<WorkingAreas>();
        var audit = new AuditConnection(AuditConnection.AsWriter(connectionString), connectionString);
        AuditSchema.MigrateAsync(audit).GetAwaiter().GetResult();
        Services.AddSingleton(audit);
        Services.AddHttpContextAccessor();
        Services.AddSingleton<AccessLog>();
        Services.AddSingleton(Options.Create(new SituationFeedOptions()));
        Services.AddSingleton<SituationKpiSnapshot>();
        Services.AddSingleton<AlertStore>();
        Services.AddSingleton<ISituationPublisher>(new LogOnlyPublisher(NullLogger<LogOnlyPublisher>.Instance));
        Services.AddScoped<AlertHandling>();
        Services.AddSingleton(Options.Create(new MapTileOptions()));
        _auth = AddAuthorization();
        _auth.SetAuthorized("analis");
        _auth.SetPolicies(Policies.HandleAlerts);
        _connectionString = connectionString;
    }

    private readonly BunitAuthorizationContext _auth;
    private readonly string _connectionString;

    [Fact]
    public async Task AnOfficesPlanner_SeesItsWorkingArea_IsNotAlarmedByOthers_AndMaySwitchToTheNation()
    {
        await using (var db = new GeoDbContext(new DbContextOptionsBuilder<GeoDbContext>().UseGeoDatabase(_connectionString).Options))
        {
            if (!await db.Regencies.AnyAsync(r => r.Code == "21.71"))
            {
                db.Provinces.Add(new Geo.Domain.Regions.Province { Code = "21", Name = "Kepulauan Riau", Seat = Geo.Spatial.Geometries.Point(104.45, 0.92) });
                var square = Geo.Spatial.Geometries.Factory.CreateMultiPolygon([Geo.Spatial.Geometries.Factory.CreatePolygon(
                    [new(103.8, 0.9), new(104.3, 0.9), new(104.3, 1.3), new(103.8, 1.3), new(103.8, 0.9)])]);
                db.Regencies.Add(new Geo.Domain.Regions.Regency { Code = "21.71", ProvinceCode = "21", Name = "Kota Batam", Seat = Geo.Spatial.Geometries.Point(104.0, 1.1), Boundary = square });
                await db.SaveChangesAsync();
            }
        }
        _auth.SetRoles(Roles.PatrolPlanner);
        _auth.SetClaims(new System.Security.Claims.Claim(DashboardClaims.Office, "TPI-BTM"), new System.Security.Claims.Claim(DashboardClaims.OfficeRegencies, "21.71"));
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=live-page]").GetAttribute("data-ready")));
        Assert.Contains("TPI-BTM", cut.Find("[data-testid=scope]").TextContent);

        _feed.Push(Alerts.Raised(Alerts.Snapshot(9101, AlertSeverity.Critical)));
        _feed.Push(Alerts.Raised(Alerts.Snapshot(9102, AlertSeverity.Critical) with { Longitude = 110.4, Latitude = 0.6, ProvinceCode = "61" }));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=alert-item][data-alert-id='9101']")));
        Assert.Empty(cut.FindAll("[data-testid=alert-item][data-alert-id='9102']"));
        Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Severity == Severity.Error);

        cut.Find("[data-testid=scope]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=alert-item][data-alert-id='9102']")));
        Assert.Equal("true", cut.Find("[data-testid=scope]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void ACriticalAlertFromTheFeed_AppearsInTheFeed_AndIsToasted()
    {
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=live-page]").GetAttribute("data-ready")));

        _feed.Push(Alerts.Raised(Alerts.Snapshot(9001, AlertSeverity.Critical)));

        cut.WaitForAssertion(() => Assert.Equal("Critical", cut.Find("[data-testid=alert-item][data-alert-id='9001']").GetAttribute("data-severity")));
        var snackbars = Services.GetRequiredService<ISnackbar>().ShownSnackbars;
        Assert.Single(snackbars, s => s.Severity == Severity.Error);
        var options = new SnackbarOptions(Severity.Error, new SnackbarConfiguration { VisibleStateDuration = 8000 });
        LivePage.CriticalToast(options);
        Assert.True(options.RequireInteraction, "a critical toast stays until closed");
    }

    [Fact]
    public void NewHighAlerts_AreBanneredAndCountedInTheTabTitle_UntilSeen()
    {
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=live-page]").GetAttribute("data-ready")));
        Assert.Empty(cut.FindAll("[data-testid=alert-banner]"));
        Assert.Equal("Situasi langsung", TabTitle(cut));

        _feed.Push(Alerts.Raised(Alerts.Snapshot(9101, AlertSeverity.High)));
        _feed.Push(Alerts.Raised(Alerts.Snapshot(9102, AlertSeverity.Medium)));
        _feed.Push(Alerts.Raised(Alerts.Snapshot(9103, AlertSeverity.Critical)));

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=alert-banner]").GetAttribute("data-count")));
        Assert.Equal(["9103", "9101"], cut.FindAll("[data-testid=banner-alert]").Select(li => li.GetAttribute("data-alert-id")));
        Assert.Equal("(2) Situasi langsung", TabTitle(cut));

        cut.Find("[data-testid=banner-seen]").Click();

        Assert.Empty(cut.FindAll("[data-testid=alert-banner]"));
        Assert.Equal("Situasi langsung", TabTitle(cut));
    }

    [Fact]
    public void TheFeed_CanBeSortedNewestFirst()
    {
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=live-page]").GetAttribute("data-ready")));
        _feed.Push(Alerts.Raised(Alerts.Snapshot(9201, AlertSeverity.Critical) with { RaisedAt = DateTimeOffset.UtcNow.AddHours(-3) }));
        _feed.Push(Alerts.Raised(Alerts.Snapshot(9202, AlertSeverity.Low) with { RaisedAt = DateTimeOffset.UtcNow.AddMinutes(-1) }));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=alert-item]").Count(i => i.GetAttribute("data-alert-id") is "9201" or "9202")));

        cut.Find("[data-testid=feed-sort]").Change("Newest");

        cut.WaitForAssertion(() => Assert.Equal("9202", cut.FindAll("[data-testid=alert-item]")[0].GetAttribute("data-alert-id")));
    }

    private string TabTitle(IRenderedComponent<LivePage> cut) =>
        Render(cut.FindComponent<Microsoft.AspNetCore.Components.Web.PageTitle>().Instance.ChildContent!).Markup.Trim();

    [Fact]
    public void AnAlertChangedElsewhere_UpdatesItsItem_WithoutADuplicate()
    {
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=live-page]").GetAttribute("data-ready")));
        var alert = Alerts.Snapshot(9002, AlertSeverity.High);
        _feed.Push(Alerts.Raised(alert));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=alert-item][data-alert-id='9002']")));

        _feed.Push(SituationMessage.Draft(alert with { Status = AlertStatus.Acknowledged, UpdatedAt = alert.UpdatedAt.AddMinutes(1), HandledBy = "Analis" }, raised: false));

        cut.WaitForAssertion(() =>
        {
            var items = cut.FindAll("[data-testid=alert-item][data-alert-id='9002']");
            Assert.Single(items);
            Assert.Equal("Acknowledged", items[0].GetAttribute("data-status"));
        });
    }

    [Fact]
    public async Task TheFeedLosingTheLog_IsShownOnTheBadge_AndItsReturnToo()
    {
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal("connected", cut.Find("[data-testid=connection-state]").GetAttribute("data-state")));

        await _feed.SetStateAsync(FeedState.Reconnecting);
        cut.WaitForAssertion(() => Assert.Equal("reconnecting", cut.Find("[data-testid=connection-state]").GetAttribute("data-state")));

        await _feed.SetStateAsync(FeedState.Connected);
        cut.WaitForAssertion(() => Assert.Equal("connected", cut.Find("[data-testid=connection-state]").GetAttribute("data-state")));
    }

    [Fact]
    public async Task ClosingTheLiveView_EndsItsSubscription()
    {
        var cut = Render<LivePage>();
        cut.WaitForAssertion(() => Assert.Equal(1, _feed.Subscribers));

        await DisposeComponentsAsync();

        Assert.Equal(0, _feed.Subscribers);
    }

    [Fact]
    public async Task TwoOpenLiveViews_ShareOneKpiReading_PerChange()
    {
        Services.AddSingleton(Options.Create(new SituationFeedOptions { KpiInterval = TimeSpan.FromMilliseconds(100) }));
        var kpis = Services.GetRequiredService<SituationKpiSnapshot>();
        var first = Render<LivePage>();
        var second = Render<LivePage>();
        first.WaitForAssertion(() => Assert.Equal("true", first.Find("[data-testid=live-page]").GetAttribute("data-ready")));
        second.WaitForAssertion(() => Assert.Equal("true", second.Find("[data-testid=live-page]").GetAttribute("data-ready")));
        Assert.Equal(1, kpis.Reads);
        var asOf = first.Find(".kpi-tiles").GetAttribute("data-as-of");
        await kpis.StartAsync(CancellationToken.None);
        try
        {
            // The snapshot listens to the feed as the two pages do.
            await _feed.SubscribersReached(3).WaitAsync(TimeSpan.FromSeconds(10));
            _feed.Push(SituationMessage.Draft([new ReportSnapshot(1, Geo.Domain.Reports.ReportKind.PatrolSighting, 104.0, 1.1, DateTimeOffset.UtcNow, "sighting", 'B', 2, null)]));

            first.WaitForAssertion(() => Assert.NotEqual(asOf, first.Find(".kpi-tiles").GetAttribute("data-as-of")));
            second.WaitForAssertion(() => Assert.Equal(first.Find(".kpi-tiles").GetAttribute("data-as-of"), second.Find(".kpi-tiles").GetAttribute("data-as-of")));
            Assert.Equal(2, kpis.Reads);
        }
        finally
        {
            await kpis.StopAsync(CancellationToken.None);
        }
    }
}
