using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Import;

/// <summary>
/// Links rat routes to the nearest official crossing by a KNN search on the GiST index. Ranking in degrees is
/// close enough to ranking in metres this near the equator, and it keeps the search on the index.
/// </summary>
public static class NearestCrossingAssignment
{
    public static Task<int> AssignAsync(GeoDbContext db, IReadOnlyList<int> routeIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""
            UPDATE geo.rat_routes r
            SET nearest_crossing_id = (
                SELECT c.id FROM geo.border_crossings c
                ORDER BY c.location <-> r.path
                LIMIT 1)
            WHERE r.id = ANY({0})
            """, [routeIds.ToArray()], cancellationToken);
}
