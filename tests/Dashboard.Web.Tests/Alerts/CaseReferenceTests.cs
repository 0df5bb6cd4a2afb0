using System.Security.Claims;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Tests.Alerts;

/// <summary>An alert raised from a case reaches those who may not see cases as a reference, never with the case's fields.</summary>
public sealed class CaseReferenceTests
{
    private static readonly AlertSnapshot Minors = new(41, AlertRule.MinorsToWatchedDestination, AlertSeverity.Critical, AlertStatus.Assigned,
        "KH", 3, "61", "Kabupaten Sambas", 109.31, 1.36, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "KANIM-SBS", "analis", 1);

    [Fact]
    public void ForAnImmigrationTimporaMember_TheMinorsAlert_IsAReferenceWithoutDestinationMinorsOrPlace()
    {
        var member = User(Roles.TimporaMember, DashboardClaims.Immigration);

        var seen = CaseReference.For(member, Minors);

        Assert.Equal("ALERT-41", seen.SubjectName);
        Assert.Equal(0, seen.Count);
        Assert.Equal("", seen.RegionName);
        Assert.Equal((0d, 0d), (seen.Longitude, seen.Latitude));
        Assert.Equal((41L, AlertSeverity.Critical, AlertStatus.Assigned, "61"), (seen.Id, seen.Severity, seen.Status, seen.ProvinceCode));
    }

    [Fact]
    public void ForAnotherAgency_TheDetails_LoseTheCasesIdAndTheNotes_ButKeepWhoHandledIt()
    {
        var member = User(Roles.TimporaMember, "Polri");
        var details = new AlertDetails(Minors, "Anak dikembalikan ke keluarga di Sambas", [new AlertEvidence { Kind = AlertEvidence.Case, Id = 5512 }],
            [new AlertActivity { Id = 1, AlertId = 41, Action = AlertAction.Commented, Actor = "analis", Note = "3 anak, tujuan Phnom Penh" }]);

        var seen = CaseReference.For(member, details);

        Assert.Null(seen.Resolution);
        Assert.Equal(0, Assert.Single(seen.Evidence).Id);
        var activity = Assert.Single(seen.Activities);
        Assert.Equal(("analis", (string?)null), (activity.Actor, activity.Note));
        Assert.Equal("ALERT-41", seen.Alert.SubjectName);
    }

    [Fact]
    public void ForAnAnalyst_TheMinorsAlertAndEventsArriveWhole_AndOtherRulesAreNeverStripped()
    {
        var analyst = User(Roles.HqAnalyst, DashboardClaims.Immigration);
        var member = User(Roles.TimporaMember, "Polri");
        var offloadings = Minors with { Rule = AlertRule.OffloadingCluster, SubjectName = "TPI Batam Centre" };

        Assert.Same(Minors, CaseReference.For(analyst, Minors));
        Assert.Same(offloadings, CaseReference.For(member, offloadings));
        var events = CaseReference.For(member, [SituationMessage.Draft(Minors, raised: true), SituationMessage.Draft(offloadings, raised: false)]);
        Assert.Equal(["ALERT-41", "TPI Batam Centre"], events.Select(e => e.Alert!.SubjectName));
    }

    private static ClaimsPrincipal User(string role, string agency) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role), new Claim(DashboardClaims.Agency, agency)], "test"));
}
