using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Situation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Queries.Alerts;

/// <summary>Reads alerts for the feed, the map and the API: newest change first, severest first among equals.</summary>
public sealed class AlertQueries(IDbContextFactory<GeoDbContext> contexts, TimeProvider clock)
{
    public const int MaxList = 500;

    public async Task<IReadOnlyList<AlertSnapshot>> ListAsync(AlertFilter filter, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Alerts.AsNoTracking();
        if (filter.Severities.Count > 0)
            query = query.Where(a => filter.Severities.Contains(a.Severity));
        if (filter.Statuses.Count > 0)
            query = query.Where(a => filter.Statuses.Contains(a.Status));
        if (filter.ProvinceCode is { } province)
            query = query.Where(a => a.ProvinceCode == province);
        if (filter.Area is { Outline: { } outline })
            query = query.Where(a => outline.Covers(a.Location));
        else if (filter.Area is { } area)
            query = query.Where(a => area.ProvinceCodes.Contains(a.ProvinceCode));
        if (filter.Hours is { } hours)
        {
            var since = clock.GetUtcNow().AddHours(-hours);
            query = query.Where(a => a.UpdatedAt >= since);
        }
        var alerts = await query
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Severity).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(limit, 1, MaxList))
            .ToListAsync(ct);
        return [.. alerts.Select(AlertSnapshot.Of)];
    }

    public async Task<AlertDetails?> DetailsAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var alert = await db.Alerts.AsNoTracking().Include(a => a.Activities).FirstOrDefaultAsync(a => a.Id == id, ct);
        return alert is null
            ? null
            : new AlertDetails(AlertSnapshot.Of(alert), alert.Resolution, alert.Evidence, [.. alert.Activities.OrderBy(a => a.At).ThenBy(a => a.Id)], alert.Outcome);
    }
}
