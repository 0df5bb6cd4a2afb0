using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Screening;

/// <summary>
/// A repeat applicant becomes an alert in the live feed of both offices: one at the seat of each office's first
/// regency, so each office's working-area view shows it. The alert names the two offices only; the interviews stay
/// behind the interviews page's audited access, and no identity number or hash leaves the screening schema.
/// </summary>
public sealed class RepeatApplicantAlerts(IDbContextFactory<GeoDbContext> geo, OfficeDirectory offices, AlertStore store, ISituationPublisher publisher,
    ILogger<RepeatApplicantAlerts> logger)
{
    public static string SubjectKey(long pairId, string office) => $"repeat:{pairId}:{office}";

    public async Task RaiseAsync(IReadOnlyList<RepeatApplicantAlert> pairs, CancellationToken ct)
    {
        if (pairs.Count == 0)
            return;
        var known = (await offices.ListAsync(ct)).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var seats = known.Values.Select(o => o.RegencyCodes.FirstOrDefault()).OfType<string>().Distinct().ToList();
        await using var db = await geo.CreateDbContextAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().Where(r => seats.Contains(r.Code))
            .Select(r => new { r.Code, r.Seat, r.ProvinceCode, r.Name }).ToDictionaryAsync(r => r.Code, ct);
        var candidates = new List<AlertCandidate>();
        foreach (var pair in pairs)
            foreach (var (office, other) in new[] { (pair.LaterOffice, pair.RefusingOffice), (pair.RefusingOffice, pair.LaterOffice) })
            {
                if (!known.TryGetValue(office, out var o) || o.RegencyCodes.FirstOrDefault() is not { } seat || !regencies.TryGetValue(seat, out var regency))
                {
                    logger.LogWarning("Repeat applicant {Pair}: office {Office} has no working area with a known seat; no alert for it", pair.Id, office);
                    continue;
                }
                var otherName = known.TryGetValue(other, out var k) ? k.Name : other;
                candidates.Add(new AlertCandidate(AlertRule.RepeatApplicant, SubjectKey(pair.Id, o.Code), $"{o.Name} · {otherName}", AlertSeverity.Medium, 1,
                    regency.Seat, regency.ProvinceCode, regency.Name, [new AlertEvidence { Kind = AlertEvidence.RepeatApplicant, Id = pair.Id }]));
            }
        var outcome = await store.RaiseAsync(candidates, ct);
        await publisher.PublishAsync(outcome.Events, CancellationToken.None);
    }
}
