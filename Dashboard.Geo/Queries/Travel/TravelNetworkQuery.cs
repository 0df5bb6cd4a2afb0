using System.Globalization;
using System.Text;
using Dashboard.Geo.Domain.Patrols;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Npgsql;

namespace Dashboard.Geo.Queries.Travel;

/// <summary>
/// Shortest distances along the travel network between points (a patrol's base and its candidate stops), with
/// pgRouting: each point joins the network at the nearest spot on the nearest way of its mode, and one
/// pgr_withPointsCostMatrix call measures every pair. Ways are two-way: a patrol drives a track in either direction.
/// </summary>
public sealed class TravelNetworkQuery(NpgsqlDataSource dataSource)
{
    // A point this close to an end of its way joins at that vertex: pgRouting drops a point at fraction 0 or 1.
    private const double EndFraction = 1e-9;

    // Paths may leave the points' bounding box by this much (about 55 km) to go round a bay or a ridge.
    private const double MarginDegrees = 0.5;

    // The mode goes in as a literal so that the planner can use that mode's partial index.
    private const string Snap = """
        SELECT s.n, e.id, e.source, e.target, ST_LineLocatePoint(e.geom, s.p), ST_Distance(e.geom::geography, s.p::geography),
            ST_X(ST_ClosestPoint(e.geom, s.p)), ST_Y(ST_ClosestPoint(e.geom, s.p))
        FROM (SELECT n, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS p FROM unnest(@lons, @lats) WITH ORDINALITY AS u(lon, lat, n)) s
        CROSS JOIN LATERAL (
            SELECT id, source, target, geom FROM geo.travel_edges WHERE mode = {0} ORDER BY geom <-> s.p LIMIT 1) e
        WHERE ST_DWithin(e.geom::geography, s.p::geography, @snap)
        """;

    public async Task<NetworkDistances> DistancesAsync(IReadOnlyList<(double Longitude, double Latitude)> points, PatrolMode mode,
        double snapMetres, CancellationToken ct)
    {
        var n = points.Count;
        var result = NetworkDistances.None(n);
        if (n == 0)
            return result;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (!await HasPgRoutingAsync(connection, ct))
            return result;

        var joins = await SnapAsync(connection, points, mode, snapMetres, ct);
        foreach (var join in joins)
            result.SnapMetres[join.Point] = join.Metres;
        if (joins.Count < 2)
            return result;

        var byNode = joins.GroupBy(j => j.Node).ToDictionary(g => g.Key, g => g.Select(j => j.Point).ToArray());
        foreach (var (_, together) in byNode)
            foreach (var a in together)
                foreach (var b in together)
                    result.PathMetres[a * n + b] = 0;
        if (byNode.Count < 2)
            return result;

        await using var command = new NpgsqlCommand(
            "SELECT start_vid, end_vid, agg_cost FROM pgr_withPointsCostMatrix(@edges, @points, @vids, directed := false)", connection);
        command.Parameters.AddWithValue("edges", EdgesSql(joins, points, mode));
        command.Parameters.AddWithValue("points", PointsSql(joins));
        command.Parameters.AddWithValue("vids", byNode.Keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var metres = reader.GetDouble(2);
            foreach (var from in byNode[reader.GetInt64(0)])
                foreach (var to in byNode[reader.GetInt64(1)])
                    result.PathMetres[from * n + to] = metres;
        }
        return result;
    }

    /// <summary>
    /// The way a round goes, through <paramref name="round"/>'s points in order: along the network between two points
    /// that both join it and are connected, in a straight line otherwise. Each point is on the path.
    /// </summary>
    public async Task<IReadOnlyList<(double Longitude, double Latitude)>> PathAsync(IReadOnlyList<(double Longitude, double Latitude)> round,
        PatrolMode mode, double snapMetres, CancellationToken ct)
    {
        var path = new List<(double Longitude, double Latitude)>(round.Take(1));
        if (round.Count < 2)
            return path;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var legs = new Dictionary<(long From, long To), List<(long Node, long Edge)>>();
        var joins = new Dictionary<int, Join>();
        if (await HasPgRoutingAsync(connection, ct))
        {
            foreach (var join in await SnapAsync(connection, round, mode, snapMetres, ct))
                joins[join.Point] = join;
            legs = await LegsAsync(connection, [.. joins.Values], round, mode, ct);
        }
        var edges = await EdgesAsync(connection, legs.Values.SelectMany(l => l.Select(step => step.Edge)).Where(e => e > 0).Distinct().ToArray(), ct);
        var fractions = joins.Values.Where(j => j.Node < 0).ToDictionary(j => j.Node, j => j.Fraction);
        for (var i = 1; i < round.Count; i++)
        {
            if (joins.TryGetValue(i - 1, out var from) && joins.TryGetValue(i, out var to)
                && (from.Node == to.Node || legs.ContainsKey((from.Node, to.Node))))
            {
                Append(path, from.At);
                if (from.Node != to.Node)
                    AppendLeg(path, legs[(from.Node, to.Node)], fractions, edges);
                Append(path, to.At);
            }
            Append(path, round[i]);
        }
        return path;
    }

    private static async Task<Dictionary<(long From, long To), List<(long Node, long Edge)>>> LegsAsync(NpgsqlConnection connection,
        List<Join> joins, IReadOnlyList<(double Longitude, double Latitude)> round, PatrolMode mode, CancellationToken ct)
    {
        var byPoint = joins.ToDictionary(j => j.Point);
        var pairs = new HashSet<(long From, long To)>();
        for (var i = 1; i < round.Count; i++)
        {
            if (byPoint.TryGetValue(i - 1, out var a) && byPoint.TryGetValue(i, out var b) && a.Node != b.Node)
                pairs.Add((a.Node, b.Node));
        }
        var legs = new Dictionary<(long From, long To), List<(long Node, long Edge)>>();
        if (pairs.Count == 0)
            return legs;
        var combinations = "SELECT * FROM (VALUES " + string.Join(", ", pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"({p.From}::bigint, {p.To}::bigint)")))
            + ") AS c(source, target)";
        await using var command = new NpgsqlCommand("""
            SELECT start_pid, end_pid, node, edge FROM pgr_withPoints(@edges, @points, @combinations, directed := false)
            ORDER BY seq
            """, connection);
        command.Parameters.AddWithValue("edges", EdgesSql(joins, round, mode));
        command.Parameters.AddWithValue("points", PointsSql(joins));
        command.Parameters.AddWithValue("combinations", combinations);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = (reader.GetInt64(0), reader.GetInt64(1));
            if (!legs.TryGetValue(key, out var steps))
                legs[key] = steps = [];
            steps.Add((reader.GetInt64(2), reader.GetInt64(3)));
        }
        return legs;
    }

    private static async Task<Dictionary<long, (long Source, long Target, LineString Line)>> EdgesAsync(NpgsqlConnection connection, long[] ids, CancellationToken ct)
    {
        var edges = new Dictionary<long, (long, long, LineString)>();
        if (ids.Length == 0)
            return edges;
        await using var command = new NpgsqlCommand("SELECT id, source, target, geom FROM geo.travel_edges WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            edges[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetFieldValue<LineString>(3));
        return edges;
    }

    /// <summary>Walks a pgRouting path: from each step's node along its edge to the next step's node.</summary>
    private static void AppendLeg(List<(double Longitude, double Latitude)> path, List<(long Node, long Edge)> steps,
        Dictionary<long, double> pointFractions, Dictionary<long, (long Source, long Target, LineString Line)> edges)
    {
        for (var k = 0; k + 1 < steps.Count; k++)
        {
            if (!edges.TryGetValue(steps[k].Edge, out var edge))
                continue;
            double At(long node) => node == edge.Source ? 0 : node == edge.Target ? 1 : pointFractions.GetValueOrDefault(node);
            var line = new LengthIndexedLine(edge.Line);
            var length = edge.Line.Length;
            foreach (var c in line.ExtractLine(At(steps[k].Node) * length, At(steps[k + 1].Node) * length).Coordinates)
                Append(path, (c.X, c.Y));
        }
    }

    private static void Append(List<(double Longitude, double Latitude)> path, (double Longitude, double Latitude) point)
    {
        if (path.Count == 0 || path[^1] != point)
            path.Add(point);
    }

    private static async Task<bool> HasPgRoutingAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgrouting')", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<Join>> SnapAsync(NpgsqlConnection connection, IReadOnlyList<(double Longitude, double Latitude)> points,
        PatrolMode mode, double snapMetres, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, Snap, (int)mode), connection);
        command.Parameters.AddWithValue("lons", points.Select(p => p.Longitude).ToArray());
        command.Parameters.AddWithValue("lats", points.Select(p => p.Latitude).ToArray());
        command.Parameters.AddWithValue("snap", snapMetres);
        var joins = new List<Join>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var point = (int)reader.GetInt64(0) - 1;
            var fraction = reader.GetDouble(4);
            // Points between two vertices are pgRouting "points", named by negative ids; the others are vertices.
            var node = fraction <= EndFraction ? reader.GetInt64(2) : fraction >= 1 - EndFraction ? reader.GetInt64(3) : -(point + 1L);
            joins.Add(new Join(point, reader.GetInt64(1), fraction, node, reader.GetDouble(5), (reader.GetDouble(6), reader.GetDouble(7))));
        }
        return joins;
    }

    // pgRouting takes its inputs as SQL text. Everything put into it here is a number we computed, formatted
    // invariantly, so no caller's text reaches it.
    private static string EdgesSql(List<Join> joins, IReadOnlyList<(double Longitude, double Latitude)> points, PatrolMode mode)
    {
        var joined = joins.Select(j => points[j.Point]).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"SELECT id, source, target, metres AS cost, metres AS reverse_cost FROM geo.travel_edges WHERE mode = {(int)mode} " +
            $"AND geom && ST_MakeEnvelope({joined.Min(p => p.Longitude) - MarginDegrees}, {joined.Min(p => p.Latitude) - MarginDegrees}, " +
            $"{joined.Max(p => p.Longitude) + MarginDegrees}, {joined.Max(p => p.Latitude) + MarginDegrees}, 4326)");
    }

    private static string PointsSql(List<Join> joins)
    {
        var between = joins.Where(j => j.Node < 0).ToList();
        // pgRouting wants a points query even when every point sits on a vertex; one that returns nothing will do.
        if (between.Count == 0)
            return "SELECT 0::bigint AS pid, 0::bigint AS edge_id, 0.5::float8 AS fraction WHERE false";
        var sql = new StringBuilder("SELECT pid, edge_id, fraction FROM (VALUES ");
        for (var i = 0; i < between.Count; i++)
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}({-between[i].Node}::bigint, {between[i].Edge}::bigint, {between[i].Fraction:R}::float8)");
        return sql.Append(") AS p(pid, edge_id, fraction)").ToString();
    }

    /// <summary>Where a point joins its mode's graph: the edge, how far along it, the node pgRouting knows it by, how far off it is.</summary>
    private sealed record Join(int Point, long Edge, double Fraction, long Node, double Metres, (double Longitude, double Latitude) At);
}
