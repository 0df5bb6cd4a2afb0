using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Travel;
using Npgsql;

namespace Dashboard.Demo;

/// <summary>
/// An invented road network for the demo world, which has no real roads: each village, regency seat and crossing is
/// joined to its three nearest neighbours within 40 km, and each regency seat and crossing to its three nearest within
/// 150 km, by gently bent roads that stay on land; each end of a land path or river rat route is joined to the nearest
/// road within 15 km by a track; and seaports to their nearest neighbours by ferry lanes across the water. Marked
/// synthetic.
/// Needs Indonesia's land outline (geo.land_areas); without it no road is made.
/// </summary>
public sealed class DemoRoads(NpgsqlDataSource dataSource)
{
    public const string Source = "Jaringan jalan sintetis (demo)";

    // Local roads join each village, regency seat and crossing to its nearest neighbours; trunk roads join regency
    // seats and crossings to theirs, so that the local clusters connect into one network per island.
    private const string AllPlaces = """
        SELECT 'v' || id AS key, name, location AS geom FROM geo.assisted_villages
        UNION ALL SELECT 'r' || code, name, seat FROM geo.regencies
        UNION ALL SELECT 'c' || id, name, location FROM geo.border_crossings
        """;

    private const string Hubs = """
        SELECT 'r' || code AS key, name, seat AS geom FROM geo.regencies
        UNION ALL SELECT 'c' || id, name, location FROM geo.border_crossings
        """;

    // Declared before Generate, which reads it: static fields are initialised in the order they are written.
    // Ferry lanes join each seaport to its three nearest within 300 km in a straight line, kept where at most a fifth
    // of it runs more than ~2 km inland: a real lane would round that headland or island, a lane across a whole
    // island would not exist.
    private static readonly string Ferries = $"""
        CREATE TEMP TABLE demo_inland ON COMMIT DROP AS
            SELECT ST_Subdivide(ST_Buffer(outline, -0.02), 64) AS geom FROM geo.land_areas WHERE NOT ST_IsEmpty(ST_Buffer(outline, -0.02));
        CREATE INDEX ON demo_inland USING gist (geom);
        INSERT INTO geo.travel_ways (name, kind, source, path, is_synthetic)
        WITH ports AS (SELECT id, name, location FROM geo.border_crossings WHERE kind = {(int)CrossingKind.Seaport}),
        pairs AS (
            SELECT DISTINCT ON (least(p.id, q.id), greatest(p.id, q.id)) p.name AS a, q.name AS b, ST_MakeLine(p.location, q.location) AS path
            FROM ports p CROSS JOIN LATERAL (
                SELECT q.id, q.name, q.location FROM ports q
                WHERE q.id <> p.id AND ST_DWithin(q.location::geography, p.location::geography, 300000)
                ORDER BY q.location <-> p.location LIMIT 3) q
            ORDER BY least(p.id, q.id), greatest(p.id, q.id))
        SELECT left('Lintas penyeberangan ' || a || ' – ' || b, 200), {(int)TravelWayKind.Ferry}, '{Source}', path, true
        FROM pairs s
        WHERE coalesce((SELECT sum(ST_Length(ST_Intersection(l.geom, s.path))) FROM demo_inland l WHERE l.geom && s.path), 0) <= 0.2 * ST_Length(s.path);
        """;

    private static readonly string Generate = $"""
        CREATE TEMP TABLE demo_land ON COMMIT DROP AS
            SELECT ST_Subdivide(ST_Buffer(outline, 0.005), 64) AS geom FROM geo.land_areas WHERE is_indonesia;
        CREATE INDEX ON demo_land USING gist (geom);
        {Roads(AllPlaces, neighbours: 3, metres: 40_000, "Jalan")}
        {Roads(Hubs, neighbours: 3, metres: 150_000, "Jalan Poros")}
        {Ferries}
        INSERT INTO geo.travel_ways (name, kind, source, path, is_synthetic)
        SELECT left('Jalan setapak ke ' || rr.local_name, 200), {(int)TravelWayKind.Track}, '{Source}', ST_MakeLine(e.p, w.at), true
        FROM geo.rat_routes rr
        CROSS JOIN LATERAL (VALUES (ST_StartPoint(rr.path)), (ST_EndPoint(rr.path))) e(p)
        CROSS JOIN LATERAL (
            SELECT ST_ClosestPoint(path, e.p) AS at FROM geo.travel_ways
            WHERE kind = {(int)TravelWayKind.Road} AND is_synthetic ORDER BY path <-> e.p LIMIT 1) w
        WHERE rr.mode IN ({(int)RouteMode.LandPath}, {(int)RouteMode.River})
          AND ST_DWithin(w.at::geography, e.p::geography, 15000) AND NOT ST_Equals(w.at, e.p);
        """;


    /// <summary>
    /// Gently bent roads from each place to its nearest neighbours within reach, kept where the whole road is on
    /// land (the outline widened by ~500 m, so that a port on the coast is reached). Containment is tested against the
    /// union of the few pieces of the subdivided outline that the road's box touches: exact, and far faster than
    /// against the whole outline.
    /// </summary>
    private static string Roads(string places, int neighbours, int metres, string prefix) => $"""
        INSERT INTO geo.travel_ways (name, kind, source, path, is_synthetic)
        WITH places AS ({places}),
        pairs AS (
            SELECT DISTINCT ON (least(p.key, q.key), greatest(p.key, q.key)) p.name AS a, q.name AS b, p.geom AS pg, q.geom AS qg,
                abs(hashtext(least(p.key, q.key) || greatest(p.key, q.key))) % 21 - 10 AS bend
            FROM places p CROSS JOIN LATERAL (
                SELECT q.key, q.name, q.geom FROM places q
                WHERE q.key <> p.key AND ST_DWithin(q.geom::geography, p.geom::geography, {metres})
                ORDER BY q.geom <-> p.geom LIMIT {neighbours}) q
            ORDER BY least(p.key, q.key), greatest(p.key, q.key)),
        shaped AS (
            SELECT a, b, ST_MakeLine(ARRAY[pg,
                ST_Translate(ST_LineInterpolatePoint(ST_MakeLine(pg, qg), 0.5), -(ST_Y(qg) - ST_Y(pg)) * bend / 100.0, (ST_X(qg) - ST_X(pg)) * bend / 100.0),
                qg]) AS path
            FROM pairs WHERE NOT ST_Equals(pg, qg))
        SELECT left('{prefix} ' || a || ' – ' || b, 200), {(int)TravelWayKind.Road}, '{Source}', path, true
        FROM shaped s
        WHERE ST_Within(s.path, (SELECT ST_Union(l.geom) FROM demo_land l WHERE l.geom && s.path));
        """;

    /// <summary>Adds the roads when the database has none yet; returns how many ways it made.</summary>
    public async Task<int> AddIfNoneAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM geo.travel_ways)", connection))
        {
            if ((bool)(await check.ExecuteScalarAsync(ct))!)
                return 0;
        }
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var generate = new NpgsqlCommand(Generate, connection, transaction) { CommandTimeout = 300 })
            await generate.ExecuteNonQueryAsync(ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM geo.travel_ways", connection, transaction);
        var made = (int)(long)(await count.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);
        return made;
    }
}
