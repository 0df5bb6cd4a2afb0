using System.Security.Claims;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Alerts;

/// <summary>
/// An alert raised from a case (the minors rule) carries the case's destination, its minors and its village-precise
/// location. Whoever may not see single cases (<see cref="CaseAccess"/>) gets the alert as a reference instead: its
/// id, rule, severity, status, province and handling, with the case's fields, the case's id among the evidence and
/// the notes (which may restate the case) taken out. Those who may see cases get it whole, and their read is audited.
/// </summary>
public static class CaseReference
{
    public static bool CarriesCaseFields(AlertSnapshot alert) => alert.Rule == AlertRule.MinorsToWatchedDestination;

    public static bool CarriesCaseFields(SituationMessage message) => message.Alert is { } alert && CarriesCaseFields(alert);

    /// <summary>How a stripped alert names itself in a feed: by the alert's own number, never the case's.</summary>
    public static string Of(long alertId) => $"ALERT-{alertId}";

    public static AlertSnapshot For(ClaimsPrincipal user, AlertSnapshot alert) =>
        !CarriesCaseFields(alert) || CaseAccess.MaySeeIndividualCases(user) ? alert : Strip(alert);

    public static SituationMessage For(ClaimsPrincipal user, SituationMessage message) =>
        message.Alert is { } alert && CarriesCaseFields(alert) && !CaseAccess.MaySeeIndividualCases(user)
            ? message with { Alert = Strip(alert) }
            : message;

    public static IReadOnlyList<SituationMessage> For(ClaimsPrincipal user, IReadOnlyList<SituationMessage> messages) =>
        CaseAccess.MaySeeIndividualCases(user) ? messages : [.. messages.Select(m => For(user, m))];

    public static AlertDetails For(ClaimsPrincipal user, AlertDetails details) =>
        !CarriesCaseFields(details.Alert) || CaseAccess.MaySeeIndividualCases(user)
            ? details
            : new AlertDetails(
                Strip(details.Alert),
                Resolution: null,
                [.. details.Evidence.Select(e => e.Kind == AlertEvidence.Case ? new AlertEvidence { Kind = AlertEvidence.Case } : e)],
                [.. details.Activities.Select(a => new AlertActivity
                {
                    Id = a.Id, AlertId = a.AlertId, At = a.At, Action = a.Action, Actor = a.Actor, ActorAgency = a.ActorAgency,
                    AssignedTo = a.AssignedTo, Outcome = a.Outcome,
                })],
                details.Outcome);

    /// <summary>
    /// The alert without the case: no subject (the destination), count (minors), region or location (the case's
    /// village). The province stays: it is the unit other agencies see aggregates in.
    /// </summary>
    public static AlertSnapshot Strip(AlertSnapshot alert) =>
        alert with { SubjectName = Of(alert.Id), Count = 0, RegionName = "", Longitude = 0, Latitude = 0 };
}
