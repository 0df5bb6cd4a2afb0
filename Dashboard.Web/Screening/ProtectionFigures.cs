using System.Security.Claims;
using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Geo.Time;
using Dashboard.Web.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Screening;

/// <summary>
/// Figures of the protection path for the overview and the briefing. Immigration reads its scope (headquarters the
/// nation, an office its own records) for any period, exactly. Other agencies read the nation only, for an ended
/// calendar quarter (quarters never overlap, so two reads cannot be subtracted into a smaller period), every count
/// hidden below k with the complements that stop a total minus its visible parts giving a hidden one, and a median
/// only over at least k delays.
/// </summary>
public sealed class ProtectionFigures(IDbContextFactory<ScreeningDb> contexts, IDbContextFactory<GeoDbContext> geo, DisclosureService disclosure)
{
    /// <summary>The figures of a province (or the nation), or of the checkpoints in some regencies (an office's working area).</summary>
    public async Task<ProtectionFiguresView> ForAsync(ClaimsPrincipal user, DateOnly from, DateOnly to, string? province = null, CancellationToken ct = default,
        IReadOnlyCollection<string>? regencies = null)
    {
        var level = disclosure.LevelFor(user);
        string? periodKey = null;
        if (level.AggregatesOnly)
        {
            var quarter = CalendarPeriod.Of(to, CalendarGranularity.Quarter);
            if (!quarter.HasEndedBy(disclosure.Today))
                quarter = DisclosureCalendar.LastEnded(CalendarGranularity.Quarter, disclosure.Today);
            (from, to, periodKey, province, regencies) = (quarter.From, quarter.To, quarter.Key, null, null);
        }
        var start = HeadquartersTime.StartOf(from).ToUniversalTime();
        var end = HeadquartersTime.StartOf(to.AddDays(1)).ToUniversalTime();

        await using var geoDb = await geo.CreateDbContextAsync(ct);
        var crossings = await geoDb.BorderCrossings.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name, c.ProvinceCode, c.RegencyCode }).ToListAsync(ct);
        var inProvince = regencies is not null ? crossings.Where(c => c.RegencyCode != null && regencies.Contains(c.RegencyCode)).Select(c => c.Id).ToHashSet()
            : province is null ? null : crossings.Where(c => c.ProvinceCode == province).Select(c => c.Id).ToHashSet();

        await using var db = await contexts.CreateDbContextAsync(ct);
        IQueryable<CheckpointScreening> screenings = db.Screenings.AsNoTracking();
        IQueryable<Repatriation> returns = db.Repatriations.AsNoTracking();
        if (!level.AggregatesOnly)
        {
            screenings = screenings.Visible(user);
            returns = returns.Visible(user);
        }
        var rows = (await screenings.Where(s => s.ScreenedAt >= start && s.ScreenedAt < end)
                .Select(s => new { s.Id, s.CrossingId, s.Disposition, s.Modus, s.ScreenedAt }).ToListAsync(ct))
            .Where(s => inProvince is null || inProvince.Contains(s.CrossingId)).ToList();
        var ids = rows.Select(s => s.Id).ToList();
        var protections = await db.ProtectionRecords.AsNoTracking().Where(p => ids.Contains(p.ScreeningId))
            .Select(p => new { p.ScreeningId, Referrals = p.Referrals.Select(r => new { r.Status, r.ReferredAt, r.AnsweredAt }).ToList() })
            .ToListAsync(ct);
        var repatriations = (await returns.Where(r => r.ArrivalAt >= start && r.ArrivalAt < end)
                .Select(r => new { r.ArrivalCrossingId, r.GroupSize, r.ArrivalAt, r.HandedOverAt }).ToListAsync(ct))
            .Where(r => inProvince is null || inProvince.Contains(r.ArrivalCrossingId)).ToList();

        var screenedAt = rows.ToDictionary(s => s.Id, s => s.ScreenedAt);
        var referrals = protections.SelectMany(p => p.Referrals).ToList();
        var toReferral = protections.Where(p => p.Referrals.Count > 0)
            .Select(p => p.Referrals.Min(r => r.ReferredAt) - screenedAt[p.ScreeningId]).ToList();
        var toAcceptance = referrals.Where(r => r.Status == ReferralStatus.Accepted && r.AnsweredAt is not null)
            .Select(r => r.AnsweredAt!.Value - r.ReferredAt).ToList();
        var toHandOver = repatriations.Where(r => r.HandedOverAt is not null).Select(r => r.HandedOverAt!.Value - r.ArrivalAt).ToList();

        // One table of counts, keyed, so the suppression sees every total and its parts at once.
        var values = new Dictionary<string, long>(StringComparer.Ordinal) { ["screenings"] = rows.Count };
        var relations = new List<Relation>();
        foreach (var d in Enum.GetValues<ScreeningDisposition>())
            values[$"disposition:{d}"] = rows.Count(s => s.Disposition == d);
        relations.Add(new Relation("screenings", [.. Enum.GetValues<ScreeningDisposition>().Select(d => $"disposition:{d}")]));
        var modusKeys = Enum.GetValues<TraffickingModus>().Select(m => m.ToString()).Append(ProtectionFiguresView.NoModus).ToList();
        foreach (var m in modusKeys)
            values[$"modus:{m}"] = rows.Count(s => (s.Modus?.ToString() ?? ProtectionFiguresView.NoModus) == m);
        relations.Add(new Relation("screenings", [.. modusKeys.Select(m => $"modus:{m}")]));
        var used = rows.Select(s => s.CrossingId).Distinct().ToList();
        foreach (var c in used)
        {
            values[$"crossing:{c}"] = rows.Count(s => s.CrossingId == c);
            // A checkpoint's dispositions are immigration's working detail; other agencies get its total only.
            if (!level.AggregatesOnly)
                foreach (var d in Enum.GetValues<ScreeningDisposition>())
                    values[$"crossing:{c}:{d}"] = rows.Count(s => s.CrossingId == c && s.Disposition == d);
        }
        relations.Add(new Relation("screenings", [.. used.Select(c => $"crossing:{c}")]));
        values["referrals"] = referrals.Count;
        foreach (var s in Enum.GetValues<ReferralStatus>())
            values[$"referral:{s}"] = referrals.Count(r => r.Status == s);
        relations.Add(new Relation("referrals", [.. Enum.GetValues<ReferralStatus>().Select(s => $"referral:{s}")]));
        values["repatriations"] = repatriations.Count;
        values["repatriated"] = repatriations.Sum(r => (long)r.GroupSize);
        values["handedOver"] = repatriations.Count(r => r.HandedOverAt is not null);

        var k = level.AggregatesOnly ? level.K : 1;
        var hidden = level.AggregatesOnly ? Suppression.Hide(values, relations, k) : [];
        Figure F(string key) => new(hidden.Contains(key) ? null : values.GetValueOrDefault(key), k);
        TimeSpan? Median(List<TimeSpan> delays) => delays.Count == 0 || delays.Count < k ? null : MedianOf(delays);

        var names = crossings.ToDictionary(c => c.Id, c => (c.Code, c.Name));
        var byCheckpoint = used.Select(c => new CheckpointFigures(names.GetValueOrDefault(c).Code ?? "?", names.GetValueOrDefault(c).Name ?? "?", F($"crossing:{c}"),
                level.AggregatesOnly ? new Dictionary<string, Figure>() : Enum.GetValues<ScreeningDisposition>().ToDictionary(d => d.ToString(), d => F($"crossing:{c}:{d}"))))
            .OrderByDescending(c => c.Total.Value ?? 0).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new ProtectionFiguresView(from, to, periodKey, level.AggregatesOnly, k, F("screenings"), byCheckpoint,
            Enum.GetValues<ScreeningDisposition>().ToDictionary(d => d.ToString(), d => F($"disposition:{d}")),
            modusKeys.ToDictionary(m => m, m => F($"modus:{m}")), F($"disposition:{ScreeningDisposition.PotentialVictim}"),
            Enum.GetValues<ReferralStatus>().ToDictionary(s => s.ToString(), s => F($"referral:{s}")),
            Median(toReferral), Median(toAcceptance), F("repatriated"), F("repatriations"), F("handedOver"), Median(toHandOver));
    }

    private static TimeSpan MedianOf(List<TimeSpan> delays)
    {
        var sorted = delays.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
