using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Tests.Live;
using Dashboard.Web.Tests.Map;

namespace Dashboard.Web.Tests.Alerts;

public sealed class AlertFeedTests : MapTestContext
{
    [Fact]
    public void ClickingASeverity_WhenAllAreShown_AsksForThatSeverityAlone()
    {
        AlertFilter? asked = null;
        var cut = Render<AlertFeed>(p => p
            .Add(f => f.Alerts, [Live.Alerts.Snapshot(1, AlertSeverity.Critical), Live.Alerts.Snapshot(2, AlertSeverity.Low)])
            .Add(f => f.Filter, AlertFilter.All)
            .Add(f => f.FilterChanged, f => asked = f));

        cut.Find("[data-testid=filter-severity-Low]").Click();

        Assert.NotNull(asked);
        Assert.Equal([AlertSeverity.Low], asked!.Severities);
    }

    [Fact]
    public void EachAlert_IsOneItem_WithItsSeverityAndStatus()
    {
        var cut = Render<AlertFeed>(p => p
            .Add(f => f.Alerts, [Live.Alerts.Snapshot(1, AlertSeverity.Critical), Live.Alerts.Snapshot(2, AlertSeverity.Low, AlertStatus.Acknowledged)])
            .Add(f => f.Filter, AlertFilter.All));

        var items = cut.FindAll("[data-testid=alert-item]");
        Assert.Equal(["1", "2"], items.Select(i => i.GetAttribute("data-alert-id")));
        Assert.Equal("Acknowledged", items[1].GetAttribute("data-status"));
    }

    [Fact]
    public void ClickingAnItem_SelectsItsAlert()
    {
        long? selected = null;
        var cut = Render<AlertFeed>(p => p
            .Add(f => f.Alerts, [Live.Alerts.Snapshot(7, AlertSeverity.High)])
            .Add(f => f.Filter, AlertFilter.All)
            .Add(f => f.Selected, id => selected = id));

        cut.Find("[data-testid=alert-item][data-alert-id='7'] .feed-main").Click();

        Assert.Equal(7, selected);
    }

    [Fact]
    public void TheBulkBar_ResolvesOnlyWithAReasonAndAnOutcome_AndSendsBoth()
    {
        AlertCommand? asked = null;
        var cut = Render<AlertFeed>(p => p
            .Add(f => f.Alerts, [Live.Alerts.Snapshot(1, AlertSeverity.High), Live.Alerts.Snapshot(2, AlertSeverity.High)])
            .Add(f => f.Filter, AlertFilter.All)
            .Add(f => f.Checked, new HashSet<long> { 1, 2 })
            .Add(f => f.BulkRequested, c => asked = c));

        cut.Find("[data-testid=bulk-text]").Input("Dicek bersama Polres");
        Assert.True(cut.Find("[data-testid=bulk-resolve]").HasAttribute("disabled"), "no outcome yet");
        cut.Find("[data-testid=bulk-outcome]").Change(nameof(AlertOutcome.NoFinding));
        cut.Find("[data-testid=bulk-resolve]").Click();

        Assert.Equal(new AlertCommand(AlertAction.Resolved, Note: "Dicek bersama Polres", Outcome: AlertOutcome.NoFinding), asked);
        Assert.Equal("", cut.Find("[data-testid=bulk-outcome]").GetAttribute("value"));
    }
}
