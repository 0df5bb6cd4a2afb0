namespace Dashboard.Geo.Queries.Risk;

/// <summary>
/// The risk choropleth and the hot-spot outline as GeoJSON built in PostGIS. Zoomed in, each hexagon is a feature;
/// zoomed out, cells are averaged into screen-sized squares so the national view stays small. With a compare run the
/// collection names it, so the map draws each cell's change instead of its level.
/// Parameters: @run, @compare (nullable), @w @s @e @n, @dec, @px, @cell.
/// </summary>
internal static class RiskLayerSql
{
    private const string Envelope = "ST_MakeEnvelope(@w, @s, @e, @n, 4326)";

    // The run's band cuts (RiskBands), which the browser colours the cells by.
    private static readonly string Scale =
        "(SELECT to_json(percentile_cont(ARRAY[" +
        string.Join(", ", RiskBands.Percentiles.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))) +
        "]::float8[]) WITHIN GROUP (ORDER BY score)) FROM geo.cell_risks WHERE run_id = @run)";

    private static string Collection(string featuresSql) =>
        "SELECT json_build_object('type', 'FeatureCollection', 'run', @run, 'compare', @compare, 'scale', " + Scale +
        ", 'features', coalesce(json_agg(feature), '[]'::json))::text " + $"FROM ({featuresSql}) AS features";

    public static string Cells { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature', 'id', r.cell_id,
            'geometry', ST_AsGeoJSON(g.boundary, @dec)::json,
            'properties', json_build_object('score', round(r.score::numeric, 4), 'hot', r.is_hot_spot,
                'change', CASE WHEN p.score IS NULL THEN NULL ELSE round((r.score - p.score)::numeric, 4) END)) AS feature
        FROM geo.cell_risks r
        JOIN geo.risk_runs run ON run.id = r.run_id
        JOIN geo.grid_cells g ON g.edge_metres = run.grid_edge_metres AND g.id = r.cell_id
        LEFT JOIN geo.cell_risks p ON p.run_id = @compare AND p.cell_id = r.cell_id
        WHERE r.run_id = @run AND g.boundary && {Envelope}
        """);

    public static string Squares { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature',
            'geometry', ST_AsGeoJSON(ST_MakeEnvelope(ST_X(corner), ST_Y(corner), ST_X(corner) + @cell, ST_Y(corner) + @cell, 4326), @dec)::json,
            'properties', json_build_object('score', round(avg(score)::numeric, 4), 'max', round(max(score)::numeric, 4),
                'hot', bool_or(hot), 'cells', count(*), 'change', round(avg(change)::numeric, 4))) AS feature
        FROM (
            SELECT ST_SnapToGrid(g.centre, -180, -90, @cell, @cell) AS corner, r.score, r.is_hot_spot AS hot, r.score - p.score AS change
            FROM geo.cell_risks r
            JOIN geo.risk_runs run ON run.id = r.run_id
            JOIN geo.grid_cells g ON g.edge_metres = run.grid_edge_metres AND g.id = r.cell_id
            LEFT JOIN geo.cell_risks p ON p.run_id = @compare AND p.cell_id = r.cell_id
            WHERE r.run_id = @run AND g.centre && {Envelope}) AS cells
        GROUP BY corner
        """);

    public static string HotSpots { get; } = """
        SELECT json_build_object('type', 'FeatureCollection', 'run', @run, 'features', coalesce(json_agg(feature), '[]'::json))::text
        FROM (
            SELECT json_build_object('type', 'Feature',
                'geometry', ST_AsGeoJSON(ST_Simplify(ST_Union(g.boundary), @px), @dec)::json,
                'properties', json_build_object('cells', count(*))) AS feature
            FROM geo.cell_risks r
            JOIN geo.risk_runs run ON run.id = r.run_id
            JOIN geo.grid_cells g ON g.edge_metres = run.grid_edge_metres AND g.id = r.cell_id
            WHERE r.run_id = @run AND r.is_hot_spot AND g.boundary && ST_MakeEnvelope(@w, @s, @e, @n, 4326)
            HAVING count(*) > 0) AS features
        """;
}
