using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Queries.Reports;

/// <summary>
/// The field reports an office reviews, newest first. A working area scopes by its outline, or, before boundaries are
/// loaded, by the box around its regencies' seats.
/// </summary>
public sealed class FieldReportQuery(IDbContextFactory<GeoDbContext> contexts, TimeProvider clock)
{
    public const int MaxList = 500;

    public async Task<IReadOnlyList<FieldReportRow>> ListAsync(FieldReportFilter filter, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var since = clock.GetUtcNow().AddDays(-filter.Days).ToUniversalTime();
        var query = db.FieldReports.AsNoTracking().Where(r => r.ReceivedAt >= since);
        if (filter.Kinds.Count > 0)
            query = query.Where(r => filter.Kinds.Contains(r.Kind));
        if (filter.SubmittedBy is { } account)
            query = query.Where(r => r.SubmittedBy == account);
        if (filter.Area is { Outline: { } outline })
            query = query.Where(r => outline.Covers(r.Location));
        else if (filter.Area is { Extent: { } extent })
        {
            var box = Spatial.Geometries.Factory.ToGeometry(extent);
            query = query.Where(r => box.Covers(r.Location));
        }
        var rows = await query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Take(Math.Clamp(limit, 1, MaxList))
            .Select(r => new
            {
                r.Id, r.Kind, r.Category, r.ObservedAt, r.ReceivedAt, r.Location, r.SourceReliability, r.InformationCredibility,
                r.PeopleCount, r.IntendedDestination, r.Text, r.ReportingOfficer, r.Agency,
                Regency = db.Regencies.Where(g => g.Boundary != null && g.Boundary.Covers(r.Location)).Select(g => g.Name).FirstOrDefault(),
                Crossing = db.BorderCrossings.Where(c => c.Id == r.CrossingId).Select(c => c.Name).FirstOrDefault(),
                Village = db.AssistedVillages.Where(v => v.Id == r.VillageId).Select(v => v.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new FieldReportRow(r.Id, r.Kind, r.Category, r.ObservedAt, r.ReceivedAt, r.Location.X, r.Location.Y,
            r.Regency, r.Crossing, r.Village, $"{r.SourceReliability}{r.InformationCredibility}",
            Domain.Reports.SourceGrading.Weight(r.SourceReliability, r.InformationCredibility), r.PeopleCount, r.IntendedDestination, r.Text,
            r.ReportingOfficer, r.Agency))];
    }
}
