using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Alerts;

/// <summary>
/// The notice to a passport's issuing office, pushed into that office's live feed as well as listed on its page: an
/// alert at the seat of the office's first regency, so its working-area view shows it. Raised once per subject, ever:
/// an alert resolved or dismissed is not raised again by a resend, and the notice on the page stays as it is. The
/// alert names the office and the place only; who returned stays in the record, under its own audited access.
/// </summary>
public sealed class IssuingOfficeAlerts(IDbContextFactory<GeoDbContext> geo, OfficeDirectory offices, AlertStore store, ISituationPublisher publisher,
    ILogger<IssuingOfficeAlerts> logger)
{
    public async Task RaiseAsync(IReadOnlyList<IssuingOfficeNotice> notices, CancellationToken ct)
    {
        if (notices.Count == 0)
            return;
        await using var db = await geo.CreateDbContextAsync(ct);
        var keys = notices.Select(n => n.SubjectKey).Distinct().ToList();
        var raised = await db.Alerts.AsNoTracking().Where(a => a.Rule == AlertRule.IssuingOfficeNotice && keys.Contains(a.SubjectKey))
            .Select(a => a.SubjectKey).Distinct().ToListAsync(ct);
        var fresh = notices.Where(n => !raised.Contains(n.SubjectKey)).ToList();
        if (fresh.Count == 0)
            return;
        var known = (await offices.ListAsync(ct)).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var seats = fresh.Select(n => known.GetValueOrDefault(n.OfficeCode)?.RegencyCodes.FirstOrDefault()).OfType<string>().Distinct().ToList();
        var regencies = await db.Regencies.AsNoTracking().Where(r => seats.Contains(r.Code))
            .Select(r => new { r.Code, r.Seat, r.ProvinceCode, r.Name }).ToDictionaryAsync(r => r.Code, ct);
        var candidates = new List<AlertCandidate>();
        foreach (var notice in fresh)
        {
            if (!known.TryGetValue(notice.OfficeCode, out var office) || office.RegencyCodes.FirstOrDefault() is not { } seat
                || !regencies.TryGetValue(seat, out var regency))
            {
                logger.LogWarning("Notice {Subject}: office {Office} has no working area with a known seat; the notice stands without an alert",
                    notice.SubjectKey, notice.OfficeCode);
                continue;
            }
            candidates.Add(new AlertCandidate(AlertRule.IssuingOfficeNotice, notice.SubjectKey, $"{office.Name} · {notice.PlaceName}",
                AlertSeverity.Medium, 1, regency.Seat, regency.ProvinceCode, regency.Name, [notice.Evidence]));
        }
        var outcome = await store.RaiseAsync(candidates, ct);
        await publisher.PublishAsync(outcome.Events, CancellationToken.None);
    }
}
