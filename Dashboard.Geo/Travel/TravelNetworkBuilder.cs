using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Travel;
using Npgsql;

namespace Dashboard.Geo.Travel;

/// <summary>
/// Rebuilds geo.travel_edges, the graphs pgRouting searches, from the roads, tracks and ferry lanes in geo.travel_ways
/// and the rat routes: one graph for land patrols (roads, tracks, footpaths, rivers) and one for boats (ferry and sea
/// lanes, rivers). Lines are split wherever they cross, so a footpath that crosses a road is a way onto it.
/// </summary>
public sealed class TravelNetworkBuilder(NpgsqlDataSource dataSource)
{
    // Vertices are matched on coordinates rounded to 1e-7 degrees (about 1 cm), so that the two ends that ST_Node
    // cut at one crossing become one vertex.
    private static readonly string Rebuild = $"""
        DELETE FROM geo.travel_edges;
        INSERT INTO geo.travel_edges (id, source, target, metres, mode, geom)
        WITH lines AS (
            SELECT {(int)PatrolMode.Land} AS mode, path AS geom FROM geo.travel_ways WHERE kind IN ({(int)TravelWayKind.Road}, {(int)TravelWayKind.Track})
            UNION ALL SELECT {(int)PatrolMode.Sea}, path FROM geo.travel_ways WHERE kind = {(int)TravelWayKind.Ferry}
            UNION ALL SELECT {(int)PatrolMode.Land}, path FROM geo.rat_routes WHERE mode IN ({(int)RouteMode.LandPath}, {(int)RouteMode.River})
            UNION ALL SELECT {(int)PatrolMode.Sea}, path FROM geo.rat_routes WHERE mode IN ({(int)RouteMode.SeaLane}, {(int)RouteMode.River})),
        noded AS (
            SELECT mode, (ST_Dump(ST_Node(ST_Collect(geom)))).geom AS geom FROM lines GROUP BY mode),
        edges AS (
            SELECT mode, geom,
                round(ST_X(ST_StartPoint(geom))::numeric, 7) AS sx, round(ST_Y(ST_StartPoint(geom))::numeric, 7) AS sy,
                round(ST_X(ST_EndPoint(geom))::numeric, 7) AS ex, round(ST_Y(ST_EndPoint(geom))::numeric, 7) AS ey
            FROM noded WHERE NOT ST_IsEmpty(geom) AND ST_Length(geom) > 0),
        vertices AS (
            SELECT mode, x, y, row_number() OVER (ORDER BY mode, x, y) AS id
            FROM (SELECT mode, sx AS x, sy AS y FROM edges UNION SELECT mode, ex, ey FROM edges) v)
        SELECT row_number() OVER (ORDER BY e.mode, s.id, t.id), s.id, t.id, ST_Length(e.geom::geography), e.mode, e.geom
        FROM edges e
        JOIN vertices s ON s.mode = e.mode AND s.x = e.sx AND s.y = e.sy
        JOIN vertices t ON t.mode = e.mode AND t.x = e.ex AND t.y = e.ey;
        """;

    /// <summary>Replaces the graphs in one transaction, so a planner never searches a half-built network.</summary>
    public async Task<TravelNetworkSize> RebuildAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var rebuild = new NpgsqlCommand(Rebuild, connection, transaction) { CommandTimeout = 600 })
            await rebuild.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        await using (var analyze = new NpgsqlCommand("ANALYZE geo.travel_edges", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        return await SizeAsync(connection, ct);
    }

    public async Task<TravelNetworkSize> SizeAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await SizeAsync(connection, ct);
    }

    private static async Task<TravelNetworkSize> SizeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT count(*) FILTER (WHERE mode = {(int)PatrolMode.Land}), coalesce(sum(metres) FILTER (WHERE mode = {(int)PatrolMode.Land}), 0) / 1000,
                   count(*) FILTER (WHERE mode = {(int)PatrolMode.Sea}), coalesce(sum(metres) FILTER (WHERE mode = {(int)PatrolMode.Sea}), 0) / 1000
            FROM geo.travel_edges
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new TravelNetworkSize(reader.GetInt64(0), reader.GetDouble(1), reader.GetInt64(2), reader.GetDouble(3));
    }
}
