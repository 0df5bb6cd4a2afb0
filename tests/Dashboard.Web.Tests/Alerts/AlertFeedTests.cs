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
}
