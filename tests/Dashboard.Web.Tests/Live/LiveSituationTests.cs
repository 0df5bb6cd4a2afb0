using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Live;

namespace Dashboard.Web.Tests.Live;

public sealed class LiveSituationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static AlertSnapshot Alert(long id, AlertSeverity severity = AlertSeverity.High, AlertStatus status = AlertStatus.New,
        DateTimeOffset? updated = null, string province = "21") =>
        new(id, AlertRule.OffloadingCluster, severity, status, "Batam Centre", 3, province, "Kota Batam", 104.05, 1.13,
            Now.AddHours(-3), updated ?? Now.AddHours(-1), null, null, 3);

    private static SituationMessage Raised(long sequence, AlertSnapshot alert) => new(sequence, Now, SituationEventType.AlertRaised, Alert: alert);

    private static SituationMessage Changed(long sequence, AlertSnapshot alert) => new(sequence, Now, SituationEventType.AlertChanged, Alert: alert);

    [Fact]
    public void ANewCriticalAlert_IsAnnouncedOnce_EvenWhenAPushAndACatchUpBothDeliverIt()
    {
        var live = new LiveSituation();
        var critical = Alert(1, AlertSeverity.Critical);

        var first = live.Apply([Raised(10, critical)]);
        var again = live.Apply([Raised(10, critical)]);

        Assert.Equal([critical], first.RaisedCritical);
        Assert.True(first.AlertsChanged);
        Assert.Empty(again.RaisedCritical);
        Assert.False(again.AlertsChanged);
    }

    [Fact]
    public void NewHighAndCriticalAlerts_AreUrgent_MediumAndChangesAreNot()
    {
        var live = new LiveSituation();
        var high = Alert(1, AlertSeverity.High);
        var critical = Alert(2, AlertSeverity.Critical);
        var medium = Alert(3, AlertSeverity.Medium);

        var update = live.Apply([Raised(10, high), Raised(11, critical), Raised(12, medium)]);
        var changed = live.Apply([Changed(13, high with { Status = AlertStatus.Acknowledged, UpdatedAt = Now })]);

        Assert.Equal([high, critical], update.RaisedUrgent);
        Assert.Equal([critical], update.RaisedCritical);
        Assert.Empty(changed.RaisedUrgent);
    }

    [Fact]
    public void NewestFirst_PutsTheLatestRaisedOnTop_WhateverItsSeverity()
    {
        var live = new LiveSituation();
        var oldCritical = Alert(1, AlertSeverity.Critical) with { RaisedAt = Now.AddHours(-5) };
        var newLow = Alert(2, AlertSeverity.Low) with { RaisedAt = Now.AddMinutes(-1) };
        var middleHigh = Alert(3, AlertSeverity.High) with { RaisedAt = Now.AddHours(-2) };
        live.Load([oldCritical, newLow, middleHigh]);

        var bySeverity = live.Visible(AlertFilter.All, Now).Select(a => a.Id);
        var newest = live.Visible(AlertFilter.All, Now, AlertSort.Newest).Select(a => a.Id);

        Assert.Equal([1L, 3L, 2L], bySeverity);
        Assert.Equal([2L, 3L, 1L], newest);
    }

    [Fact]
    public void AnOlderStateArrivingLate_DoesNotUndoANewerOne()
    {
        var live = new LiveSituation();
        var acknowledged = Alert(1, status: AlertStatus.Acknowledged, updated: Now);
        var stale = Alert(1, status: AlertStatus.New, updated: Now.AddMinutes(-10));

        live.Apply([Changed(12, acknowledged)]);
        var update = live.Apply([Raised(11, stale)]);

        Assert.False(update.AlertsChanged);
        Assert.Equal(AlertStatus.Acknowledged, live.Find(1)!.Status);
    }

    [Fact]
    public void ReportsAndRiskMapEvents_AreCounted_NotMistakenForAlerts()
    {
        var live = new LiveSituation();
        var report = new ReportSnapshot(5, Geo.Domain.Reports.ReportKind.PatrolSighting, 104, 1, Now, "perahu", 'B', 2, null);

        var update = live.Apply([
            new SituationMessage(1, Now, SituationEventType.ReportsReceived, Reports: [report, report with { Id = 6 }]),
            new SituationMessage(2, Now, SituationEventType.RiskMapUpdated, RiskMap: new RiskMapSnapshot(3, Now, 100)),
        ]);

        Assert.Equal(2, update.ReportsReceived);
        Assert.True(update.RiskMapUpdated);
        Assert.False(update.AlertsChanged);
        Assert.Equal(0, live.Count);
    }

    [Fact]
    public void Visible_FiltersBySeverityStatusProvinceAndTime_OpenAndSeverestFirst()
    {
        var live = new LiveSituation();
        live.Load([
            Alert(1, AlertSeverity.High),
            Alert(2, AlertSeverity.Critical),
            Alert(3, AlertSeverity.Critical, AlertStatus.Resolved),
            Alert(4, AlertSeverity.Critical, province: "61"),
            Alert(5, AlertSeverity.Critical, updated: Now.AddHours(-30)),
        ]);

        // Equal severity and time: the newer alert (higher id) first.
        Assert.Equal([4, 2, 5, 1, 3], live.Visible(AlertFilter.All, Now).Select(a => a.Id));
        var filter = new AlertFilter(new HashSet<AlertSeverity> { AlertSeverity.Critical }, new HashSet<AlertStatus> { AlertStatus.New }, "21", 24);
        Assert.Equal([2], live.Visible(filter, Now).Select(a => a.Id));
    }
}
