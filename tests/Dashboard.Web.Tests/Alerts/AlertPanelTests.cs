using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Tests.Map;

namespace Dashboard.Web.Tests.Alerts;

public sealed class AlertPanelTests : MapTestContext
{
    private static AlertDetails Details(AlertStatus status) =>
        new(Live.Alerts.Snapshot(5, AlertSeverity.Critical, status), null, [], []);

    [Fact]
    public void SomeoneWhoMayAct_GetsTheActions_AndAcknowledgingAsksForIt()
    {
        AlertCommand? asked = null;
        var cut = Render<AlertPanel>(p => p.Add(x => x.Details, Details(AlertStatus.New)).Add(x => x.CanAct, true)
            .Add(x => x.ActionRequested, c => asked = c));

        cut.Find("[data-testid=action-acknowledge]").Click();

        Assert.Equal(AlertAction.Acknowledged, asked?.Action);
    }

    [Fact]
    public void SomeoneWhoMayNotAct_SeesNoActions()
    {
        var cut = Render<AlertPanel>(p => p.Add(x => x.Details, Details(AlertStatus.New)).Add(x => x.CanAct, false));

        Assert.Empty(cut.FindAll("[data-testid=alert-actions]"));
        Assert.Equal("Baru", cut.Find("[data-testid=panel-status]").TextContent);
    }

    [Fact]
    public void ResolvingWithoutANoteOrAnOutcome_IsNotOffered()
    {
        var cut = Render<AlertPanel>(p => p.Add(x => x.Details, Details(AlertStatus.Acknowledged)).Add(x => x.CanAct, true));

        Assert.True(cut.Find("[data-testid=action-resolve]").HasAttribute("disabled"));
        cut.Find("[data-testid=action-note]").Input("Tim patroli menemukan jalur kosong");
        Assert.True(cut.Find("[data-testid=action-resolve]").HasAttribute("disabled")); // and without what followed
        cut.Find("[data-testid=action-outcome]").Change(nameof(AlertOutcome.NoFinding));
        Assert.False(cut.Find("[data-testid=action-resolve]").HasAttribute("disabled"));
    }
}
