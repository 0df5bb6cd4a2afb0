using System.Globalization;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Risk;
using Npgsql;

namespace Dashboard.Geo.Queries.Patrols;

/// <summary>
/// What a patrol from one base could visit within reach, ranked by risk, from the latest risk run: the rat routes of
/// its mode (land paths and rivers on land; sea lanes and rivers by boat), each at its point nearest the base and worth
/// the risk of the cell there weighted by the route's activity; then the riskiest cells not already holding a route stop
/// that the mode can reach: cells touching land for a land patrol, cells touching water for a boat (against the land
/// outlines in geo.land_areas; without them every cell counts).
/// </summary>
public sealed class PatrolCandidateQuery(NpgsqlDataSource dataSource)
{
    public const int MaxCells = 150;
    public const int MaxRoutes = 60;

    private static readonly string Routes = $"""
        SELECT rr.id, rr.local_name, rr.activity, rr.mode, ST_X(at), ST_Y(at),
            ST_Distance(at::geography, @base::geography) / 1000 AS km, cell.id, coalesce(cell.score, 0)
        FROM geo.rat_routes rr
        CROSS JOIN LATERAL (SELECT ST_ClosestPoint(rr.path, @base) AS at) p
        LEFT JOIN LATERAL (
            SELECT g.id, r.score FROM geo.grid_cells g
            JOIN geo.cell_risks r ON r.run_id = @run AND r.cell_id = g.id
            WHERE g.edge_metres = @edge AND ST_Contains(g.boundary, p.at) LIMIT 1) cell ON true
        WHERE rr.activity > {(int)ActivityLevel.Dormant} AND rr.mode = ANY(@modes)
          AND ST_DWithin(rr.path, @base, @degrees) AND ST_DWithin(rr.path::geography, @base::geography, @metres)
        ORDER BY coalesce(cell.score, 0) * rr.activity DESC, km
        LIMIT {MaxRoutes}
        """;

    // A cell holds places to check on foot unless it lies wholly at sea, and landing places for a boat when its centre
    // or a corner is at sea. Points rather than the whole cell, because a cell across a land border lies inside no
    // single country's outline and yet is all land.
    private const string ReachableByLand = "(NOT EXISTS (SELECT 1 FROM geo.land_areas) OR EXISTS (SELECT 1 FROM geo.land_areas l WHERE ST_Intersects(l.outline, g.boundary)))";
    private const string ReachableBySea = """
        EXISTS (SELECT 1 FROM (SELECT g.centre AS p UNION ALL SELECT (ST_DumpPoints(g.boundary)).geom) s
                WHERE NOT EXISTS (SELECT 1 FROM geo.land_areas l WHERE ST_Intersects(l.outline, s.p)))
        """;

    // A cell stop is named after the nearest assisted village, crossing or rat route within about 15 km, so a round
    // of six stops in one regency reads as six places a patrol can find, not six times the regency's name.
    private const string NearestPlace = """
        SELECT n.name FROM (
            (SELECT v.name, v.location <-> g.centre AS d FROM geo.assisted_villages v WHERE v.retired_at IS NULL
             ORDER BY v.location <-> g.centre LIMIT 1)
            UNION ALL
            (SELECT c.name, c.location <-> g.centre FROM geo.border_crossings c WHERE c.retired_at IS NULL
             ORDER BY c.location <-> g.centre LIMIT 1)
            UNION ALL
            (SELECT rr.local_name, rr.path <-> g.centre FROM geo.rat_routes rr ORDER BY rr.path <-> g.centre LIMIT 1)
        ) n WHERE n.d < 0.135 ORDER BY n.d LIMIT 1
        """;

    private static readonly string Cells = $$"""
        SELECT g.id, ST_X(g.centre), ST_Y(g.centre), ST_Distance(g.centre::geography, @base::geography) / 1000 AS km,
            r.score, r.is_hot_spot,
            concat_ws(', ', place.name, nullif(reg.name, ''))
        FROM geo.cell_risks r
        JOIN geo.grid_cells g ON g.edge_metres = @edge AND g.id = r.cell_id
        LEFT JOIN geo.regencies reg ON reg.code = g.regency_code
        LEFT JOIN LATERAL ({{NearestPlace}}) place ON true
        WHERE r.run_id = @run AND r.score > 0
          AND ST_DWithin(g.centre, @base, @degrees) AND ST_DWithin(g.centre::geography, @base::geography, @metres)
          AND {0}
        ORDER BY r.score DESC
        LIMIT {{MaxCells}}
        """;

    /// <summary>Candidates within <paramref name="reachMetres"/> of the base, riskiest first; empty without a risk run.</summary>
    public async Task<IReadOnlyList<PatrolCandidate>> FindAsync(double longitude, double latitude, double reachMetres, PatrolMode mode, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var run = await LatestRunAsync(connection, ct);
        if (run is null)
            return [];
        var candidates = new List<PatrolCandidate>();
        var routeCells = new HashSet<long>();
        await using (var command = Command(connection, Routes, longitude, latitude, reachMetres, run.Value))
        {
            command.Parameters.AddWithValue("modes", ModesOf(mode).Select(m => (int)m).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var activity = (ActivityLevel)reader.GetInt32(2);
                long? cell = reader.IsDBNull(7) ? null : reader.GetInt64(7);
                if (cell is { } c)
                    routeCells.Add(c);
                candidates.Add(new PatrolCandidate($"route:{reader.GetInt32(0)}", reader.GetString(1), PatrolCandidateKind.RatRoute,
                    reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(8) * ActivityWeight(activity), reader.GetDouble(6), cell,
                    $"{(RouteMode)reader.GetInt32(3)}:{activity}"));
            }
        }
        var cells = string.Format(CultureInfo.InvariantCulture, Cells, mode == PatrolMode.Sea ? ReachableBySea : ReachableByLand);
        await using (var command = Command(connection, cells, longitude, latitude, reachMetres, run.Value))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var cell = reader.GetInt64(0);
                // A route stop already covers its cell; counting the cell again would reward visiting one place twice.
                if (routeCells.Contains(cell))
                    continue;
                candidates.Add(new PatrolCandidate($"cell:{cell}", reader.GetString(6), PatrolCandidateKind.RiskCell,
                    reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(4), reader.GetDouble(3), cell,
                    reader.GetBoolean(5) ? "hotspot" : null));
            }
        }
        return [.. candidates.OrderByDescending(c => c.Risk).ThenBy(c => c.DistanceKm)];
    }

    private static readonly string RiskAt = $"""
        SELECT coalesce(cell.score, 0) * CASE WHEN s.route IS NULL THEN 1.0 ELSE {ActivityWeightSql("rr.activity")} END
        FROM unnest(@lons, @lats, @routes) WITH ORDINALITY AS s(lon, lat, route, n)
        LEFT JOIN geo.rat_routes rr ON rr.id = s.route
        LEFT JOIN LATERAL (
            SELECT r.score FROM geo.grid_cells g
            JOIN geo.cell_risks r ON r.run_id = @run AND r.cell_id = g.id
            WHERE g.edge_metres = @edge AND ST_Contains(g.boundary, ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326)) LIMIT 1) cell ON true
        ORDER BY s.n
        """;

    /// <summary>
    /// The risk a stop covers where it now is (a planner may have moved it): the cell's score there, weighted by the
    /// route's activity for a route stop (<paramref name="routeIds"/> null for a cell stop). Zero without a risk run.
    /// </summary>
    public async Task<IReadOnlyList<double>> RiskAtAsync(IReadOnlyList<(double Longitude, double Latitude, int? RouteId)> stops, CancellationToken ct)
    {
        if (stops.Count == 0)
            return [];
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await LatestRunAsync(connection, ct) is not { } run)
            return [.. stops.Select(_ => 0.0)];
        await using var command = new NpgsqlCommand(RiskAt, connection);
        command.Parameters.AddWithValue("lons", stops.Select(s => s.Longitude).ToArray());
        command.Parameters.AddWithValue("lats", stops.Select(s => s.Latitude).ToArray());
        command.Parameters.Add(new NpgsqlParameter("routes", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = stops.Select(s => s.RouteId).ToArray() });
        command.Parameters.AddWithValue("run", run.Id);
        command.Parameters.AddWithValue("edge", run.Edge);
        var risks = new List<double>(stops.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            risks.Add(reader.GetDouble(0));
        return risks;
    }

    private static string ActivityWeightSql(string column) =>
        $"CASE {column} {string.Join(" ", Enum.GetValues<ActivityLevel>().Select(a => FormattableString.Invariant($"WHEN {(int)a} THEN {ActivityWeight(a)}")))} ELSE 0 END";

    /// <summary>A route seen busy last month is worth more of a night than one that has been quiet.</summary>
    public static double ActivityWeight(ActivityLevel activity) => activity switch
    {
        ActivityLevel.High => 1.0,
        ActivityLevel.Medium => 0.6,
        ActivityLevel.Low => 0.3,
        _ => 0,
    };

    public static IReadOnlyList<RouteMode> ModesOf(PatrolMode mode) => mode == PatrolMode.Sea
        ? [RouteMode.SeaLane, RouteMode.River]
        : [RouteMode.LandPath, RouteMode.River];

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, double longitude, double latitude, double metres, (int Id, int Edge) run)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("base", new NetTopologySuite.Geometries.Point(longitude, latitude) { SRID = 4326 });
        command.Parameters.AddWithValue("metres", metres);
        // Degrees first, for the index; near the equator a degree is about 110 km, so this never cuts off what metres keep.
        command.Parameters.AddWithValue("degrees", metres / 100_000.0);
        command.Parameters.AddWithValue("run", run.Id);
        command.Parameters.AddWithValue("edge", run.Edge);
        return command;
    }

    private static async Task<(int Id, int Edge)?> LatestRunAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT id, grid_edge_metres FROM geo.risk_runs WHERE id = {RiskRunScopes.LatestSucceededIdSql}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt32(0), reader.GetInt32(1)) : null;
    }
}
