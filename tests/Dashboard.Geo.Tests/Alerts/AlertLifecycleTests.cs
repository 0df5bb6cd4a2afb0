using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Spatial;

namespace Dashboard.Geo.Tests.Alerts;

public sealed class AlertLifecycleTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static Alert NewAlert() => new()
    {
        Id = 7, SubjectKey = "offloading:1", SubjectName = "Batam Centre", Location = Geometries.Point(104.05, 1.13),
        ProvinceCode = "21", RegionName = "Kota Batam",
    };

    [Fact]
    public void New_Acknowledged_Assigned_Resolved_EachStepRecordedWithItsActor()
    {
        var alert = NewAlert();

        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Acknowledged), "Analis", "Imigrasi", At);
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Assigned, AssignedTo: " Kanim Batam "), "Koordinator", "Imigrasi", At.AddMinutes(5));
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Resolved, Note: "Rombongan dicegah.", Outcome: AlertOutcome.VictimsIntercepted), "Kanim Batam", "Imigrasi", At.AddHours(2));

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal("Kanim Batam", alert.AssignedTo);
        Assert.Equal("Koordinator", alert.HandledBy);
        Assert.Equal("Rombongan dicegah.", alert.Resolution);
        Assert.Equal(AlertOutcome.VictimsIntercepted, alert.Outcome);
        Assert.Equal(AlertOutcome.VictimsIntercepted, alert.Activities[^1].Outcome);
        Assert.Equal(At.AddHours(2), alert.UpdatedAt);
        Assert.Equal([AlertAction.Acknowledged, AlertAction.Assigned, AlertAction.Resolved], alert.Activities.Select(a => a.Action));
        Assert.Equal(["Analis", "Koordinator", "Kanim Batam"], alert.Activities.Select(a => a.Actor));
        Assert.Equal("Kanim Batam", alert.Activities[1].AssignedTo);
    }

    [Fact]
    public void AClosedAlert_StaysClosed_ButTakesComments()
    {
        var alert = NewAlert();
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Dismissed, Note: "Latihan."), "Analis", null, At);

        foreach (var action in new[] { AlertAction.Acknowledged, AlertAction.Assigned, AlertAction.Resolved, AlertAction.Dismissed })
        {
            var refusal = AlertLifecycle.Check(alert, new AlertCommand(action, Note: "x", AssignedTo: "y"));
            Assert.Equal(AlertRefusalKind.Conflict, refusal?.Kind);
        }
        Assert.Null(AlertLifecycle.Check(alert, new AlertCommand(AlertAction.Commented, Note: "Dibahas di rapat TIMPORA.")));
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Commented, Note: "Dibahas di rapat TIMPORA."), "Analis", null, At.AddDays(1));
        Assert.Equal(AlertStatus.Dismissed, alert.Status);
        Assert.Equal(2, alert.Activities.Count);
    }

    [Fact]
    public void AcknowledgingTwice_IsAConflict_AndReassigningAnAssignedAlertIsAllowed()
    {
        var alert = NewAlert();
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Acknowledged), "A", null, At);

        Assert.Equal(AlertRefusalKind.Conflict, AlertLifecycle.Check(alert, new AlertCommand(AlertAction.Acknowledged))?.Kind);
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Assigned, AssignedTo: "Kanim Batam"), "A", null, At);
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Assigned, AssignedTo: "Pos Lintas Batas Entikong"), "B", null, At);
        Assert.Equal("Pos Lintas Batas Entikong", alert.AssignedTo);
    }

    [Fact]
    public void ResolvingWithoutAnOutcome_IsInvalidNamingTheOutcome_AndAnOutcomeOnAComment_TooButDismissingWithoutOneIsFine()
    {
        var alert = NewAlert();

        var missing = AlertLifecycle.Check(alert, new AlertCommand(AlertAction.Resolved, Note: "Sudah ditangani."));
        Assert.Equal(AlertRefusalKind.Invalid, missing?.Kind);
        Assert.Equal("outcome", missing?.Field);
        Assert.Contains("no-finding", missing!.Reason);
        Assert.Equal("outcome", AlertLifecycle.Check(alert, new AlertCommand(AlertAction.Commented, Note: "x", Outcome: AlertOutcome.Duplicate))?.Field);
        Assert.Equal("outcome", AlertLifecycle.Check(alert, new AlertCommand(AlertAction.Resolved, Note: "x", Outcome: (AlertOutcome)99))?.Field);
        Assert.Null(AlertLifecycle.Check(alert, new AlertCommand(AlertAction.Dismissed, Note: "Latihan.")));
        AlertLifecycle.Apply(alert, new AlertCommand(AlertAction.Dismissed, Note: "Sama dengan #12.", Outcome: AlertOutcome.Duplicate), "A", null, At);
        Assert.Equal(AlertOutcome.Duplicate, alert.Outcome);
    }

    [Theory]
    [InlineData(AlertAction.Resolved, null, null)]
    [InlineData(AlertAction.Dismissed, "  ", null)]
    [InlineData(AlertAction.Commented, "", null)]
    [InlineData(AlertAction.Assigned, null, "")]
    [InlineData(AlertAction.Raised, "x", null)]
    [InlineData(AlertAction.EvidenceAdded, "x", null)]
    public void MissingReasonsAssigneesOrSystemOnlyActions_AreInvalid_AndApplyingThemThrows(AlertAction action, string? note, string? assignee)
    {
        var alert = NewAlert();
        var command = new AlertCommand(action, note, assignee);

        Assert.Equal(AlertRefusalKind.Invalid, AlertLifecycle.Check(alert, command)?.Kind);
        Assert.Throws<InvalidOperationException>(() => AlertLifecycle.Apply(alert, command, "A", null, At));
        Assert.Equal(AlertStatus.New, alert.Status);
        Assert.Empty(alert.Activities);
    }

    [Fact]
    public void ANoteLongerThanTheLimit_IsInvalid()
    {
        var refusal = AlertLifecycle.Check(NewAlert(), new AlertCommand(AlertAction.Commented, new string('x', AlertLifecycle.MaxNoteLength + 1)));

        Assert.Equal(AlertRefusalKind.Invalid, refusal?.Kind);
    }
}
