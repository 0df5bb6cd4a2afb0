using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Web.Alerts;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Cases;

/// <summary>
/// A stored case naming the office that issued its passports raises the same notice alert as a repatriation, in that
/// office's live feed, once per case and office (a corrected office is told too). The alert names the office and the
/// case's regency only; an acknowledged notice raises nothing.
/// </summary>
public sealed class CaseIssuingAlerts(IDbContextFactory<GeoDbContext> contexts, IssuingOfficeAlerts alerts)
{
    public async Task RaiseAsync(IReadOnlyCollection<long> caseIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = caseIds.Distinct().ToList();
        var open = await db.CaseOrigins.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.IssuingOffice != null && c.IssuingNoticeAcknowledgedAt == null)
            .Select(c => new { c.Id, Office = c.IssuingOffice!, c.RegencyCode, Regency = db.Regencies.Where(r => r.Code == c.RegencyCode).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync(ct);
        await alerts.RaiseAsync([.. open.Select(c => new IssuingOfficeNotice(IssuingOfficeNotice.CaseKey(c.Id, c.Office), c.Office, c.Regency ?? c.RegencyCode,
            new AlertEvidence { Kind = AlertEvidence.Case, Id = c.Id }))], ct);
    }
}
