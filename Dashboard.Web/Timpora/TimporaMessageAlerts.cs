using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Jobs.Situation;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Timpora;

/// <summary>
/// A partner's warning or request becomes an alert in immigration's live feed, placed at the village or the regency's
/// (or province's) seat it names. The alert carries the agency, kind and place only: the free text stays in the
/// TIMPORA, read under its own audited access.
/// </summary>
public sealed class TimporaMessageAlerts(IDbContextFactory<GeoDbContext> geo, AlertStore store, ISituationPublisher publisher, ILogger<TimporaMessageAlerts> logger)
{
    /// <summary>The alert's id, or null when the place is not in the gazetteer yet (the message stands without one).</summary>
    public async Task<long?> RaiseAsync(TimporaMessage message, CancellationToken ct)
    {
        var place = await LocateAsync(message.PlaceCode ?? message.AreaCode, ct) ?? await LocateAsync(message.AreaCode, ct);
        if (place is null)
        {
            logger.LogWarning("TIMPORA message {Id}: no seat known for {Place}; no alert raised", message.Id, message.PlaceCode ?? message.AreaCode);
            return null;
        }
        var candidate = new AlertCandidate(AlertRule.PartnerWarning, SubjectKey(message.Id),
            $"{message.SenderAgency} · {place.Value.Name}",
            message.Kind == TimporaMessageKind.Warning ? AlertSeverity.High : AlertSeverity.Medium,
            1, place.Value.Location, place.Value.ProvinceCode, place.Value.Name,
            [new AlertEvidence { Kind = AlertEvidence.TimporaMessage, Id = message.Id }]);
        var outcome = await store.RaiseAsync([candidate], ct);
        await publisher.PublishAsync(outcome.Events, CancellationToken.None);
        await using var db = await geo.CreateDbContextAsync(ct);
        var key = SubjectKey(message.Id);
        return await db.Alerts.Where(a => a.Rule == AlertRule.PartnerWarning && a.SubjectKey == key)
            .OrderByDescending(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
    }

    public static string SubjectKey(long messageId) => $"timpora:{messageId}";

    private async Task<(Point Location, string ProvinceCode, string Name)?> LocateAsync(string code, CancellationToken ct)
    {
        await using var db = await geo.CreateDbContextAsync(ct);
        if (code.Length > 5)
        {
            var village = await db.AssistedVillages.AsNoTracking().Where(v => v.VillageCode == code)
                .Select(v => new { v.Location, v.ProvinceCode, v.Name }).FirstOrDefaultAsync(ct);
            if (village is not null)
                return (village.Location, village.ProvinceCode, village.Name);
            code = code[..5];
        }
        if (code.Length == 5)
        {
            var regency = await db.Regencies.AsNoTracking().Where(r => r.Code == code)
                .Select(r => new { r.Seat, r.ProvinceCode, r.Name }).FirstOrDefaultAsync(ct);
            return regency is null ? null : (regency.Seat, regency.ProvinceCode, regency.Name);
        }
        var province = await db.Provinces.AsNoTracking().Where(p => p.Code == code)
            .Select(p => new { p.Seat, p.Code, p.Name }).FirstOrDefaultAsync(ct);
        return province is null ? null : (province.Seat, province.Code, province.Name);
    }
}
