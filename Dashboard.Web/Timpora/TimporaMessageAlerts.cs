using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Jobs.Situation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// A partner's warning or request becomes an alert in immigration's live feed, placed at the village or the regency's
/// (or province's) seat it names. The alert carries the agency, kind and place only: the free text stays in the
/// TIMPORA, read under its own audited access.
/// </summary>
public sealed class TimporaMessageAlerts(IDbContextFactory<GeoDbContext> geo, TimporaPlaces places, AlertStore store, ISituationPublisher publisher, ILogger<TimporaMessageAlerts> logger)
{
    /// <summary>The alert's id, or null when the place is not in the gazetteer yet (the message stands without one).</summary>
    public async Task<long?> RaiseAsync(TimporaMessage message, CancellationToken ct)
    {
        var place = await places.LocateAsync(message.PlaceCode ?? message.AreaCode, ct) ?? await places.LocateAsync(message.AreaCode, ct);
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
}
