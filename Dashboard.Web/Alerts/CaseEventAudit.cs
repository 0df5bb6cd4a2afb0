using System.Security.Claims;
using Dashboard.Geo.Situation;
using Dashboard.Web.Audit;

namespace Dashboard.Web.Alerts;

/// <summary>
/// A read of the event log (the API's page, the hub's catch-up) is audited when it hands over alerts raised from cases,
/// with how many: the log is otherwise reports and risk runs, which are no one's case file.
/// </summary>
public static class CaseEventAudit
{
    public static async Task RecordAsync(AccessLog log, ClaimsPrincipal user, string action, long after,
        IReadOnlyList<SituationMessage> events, CancellationToken ct)
    {
        var fromCases = events.Where(CaseReference.CarriesCaseFields).ToList();
        if (fromCases.Count == 0)
            return;
        await log.RecordAsync(user, action,
            $"events after={after} sequences={fromCases[0].Sequence}-{fromCases[^1].Sequence} alerts={string.Join(' ', fromCases.Select(e => e.Alert!.Id).Distinct())}",
            fromCases.Count, AuditOutcome.Allowed, ct);
    }
}
