using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Situation;
using System.Security.Claims;
using Dashboard.Web.Alerts;
using Dashboard.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Live;

/// <summary>What the live view and the overview read when they open: the alerts worth holding and the provinces to filter by.</summary>
public sealed class LiveAlerts(AlertQueries alerts, IDbContextFactory<GeoDbContext> contexts, AccessLog log)
{
    /// <summary>Every open alert and everything of the last day, which the feed's filters choose among.</summary>
    public async Task<IReadOnlyList<AlertSnapshot>> OpenAndRecentAsync(CancellationToken ct)
    {
        var open = await alerts.ListAsync(AlertFilter.All with { Statuses = AlertStatuses.Open }, AlertQueries.MaxList, ct);
        // As far back as the longest time window the feed offers, so "last 28 days" shows closed alerts too.
        var recent = await alerts.ListAsync(AlertFilter.All with { Hours = AlertFilter.HourChoices.Max() }, AlertQueries.MaxList, ct);
        return [.. open.Concat(recent).DistinctBy(a => a.Id)];
    }

    /// <summary>The open critical alerts, most recent first.</summary>
    public Task<IReadOnlyList<AlertSnapshot>> OpenCriticalAsync(int limit, CancellationToken ct) =>
        alerts.ListAsync(new AlertFilter(new HashSet<AlertSeverity> { AlertSeverity.Critical }, AlertStatuses.Open, null, null), limit, ct);

    public Task<AlertDetails?> DetailsAsync(long id, CancellationToken ct) => alerts.DetailsAsync(id, ct);

    /// <summary>A person opening an alert: the read is audited and the details are what they may see.</summary>
    public async Task<AlertDetails?> OpenDetailsAsync(long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var details = await alerts.DetailsAsync(id, ct);
        await log.RecordAsync(user, "alert.details.read", $"alert {id}", details is null ? 0 : 1, AuditOutcome.Allowed, ct);
        return details is null ? null : CaseReference.For(user, details);
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> ProvincesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var provinces = await db.Provinces.OrderBy(p => p.Name).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        return [.. provinces.Select(p => (p.Code, p.Name))];
    }
}
