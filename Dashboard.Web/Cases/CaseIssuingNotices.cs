using System.Security.Claims;
using Dashboard.Geo.Persistence;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Cases;

/// <summary>
/// The notice to the office that issued a case's passports (002_…: the issuing office learns of the case, to look at how
/// the passports were obtained): its open notices, listed for its own staff, and the acknowledgement that it has read
/// one. Reading the list is a case-level read and audited with its rows; only that office's staff may acknowledge.
/// </summary>
public sealed class CaseIssuingNotices(IDbContextFactory<GeoDbContext> contexts, CaseService cases, AccessLog log, TimeProvider clock)
{
    public const string Acknowledge = "cases.notice.acknowledge";

    /// <summary>Cases whose passports this person's office issued and that it has not acknowledged yet, newest first.</summary>
    public async Task<IReadOnlyList<CaseView>> OpenAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.OfficeCode() is not { } office)
            return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.CaseOrigins.AsNoTracking()
            .Where(c => c.IssuingOffice == office && c.IssuingNoticeAcknowledgedAt == null)
            .OrderByDescending(c => c.ReportedOn).ThenByDescending(c => c.Id).Take(CaseService.MaxPage).ToListAsync(ct);
        await log.RecordAsync(user, CaseActions.List, $"issuing notices office={office}", rows.Count, AuditOutcome.Allowed, ct);
        return [.. rows.Select(CaseView.Of)];
    }

    /// <summary>
    /// The issuing office's officer says the office has seen the notice. Null when the case is not visible to them (a
    /// 404); false when it is visible but the notice is not their office's (a 403). A second acknowledgement changes nothing.
    /// </summary>
    public async Task<(bool Allowed, CaseView? Case)> AcknowledgeAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        if (await cases.FindAsync(user, id, ct) is not { } seen)
            return (true, null);
        var office = user.OfficeCode();
        if (office is null || !string.Equals(seen.IssuingOffice, office, StringComparison.OrdinalIgnoreCase))
            return (false, seen);
        if (seen.IssuingNoticeAcknowledgedAt is null)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.CaseOrigins.Where(c => c.Id == id && c.IssuingOffice == office && c.IssuingNoticeAcknowledgedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.IssuingNoticeAcknowledgedAt, clock.GetUtcNow())
                    .SetProperty(c => c.IssuingNoticeAcknowledgedBy, user.ActorName()), ct);
            await log.RecordAsync(user, Acknowledge, $"case {id} office={office}", 1, AuditOutcome.Allowed, ct);
        }
        else
        {
            // A second acknowledgement changes nothing but still answers with the case: a read, and audited as one.
            await log.RecordAsync(user, CaseActions.Read, $"case {id}", 1, AuditOutcome.Allowed, ct);
        }
        return (true, await cases.FindAsync(user, id, ct));
    }
}
