using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Travel;

namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>
/// The SQL that builds each layer's GeoJSON inside PostGIS: the bounding box is matched with `&amp;&amp;` against a
/// GiST index, and only the coordinates a screen can show are sent.
/// Parameters: @w @s @e @n (box), @dec (decimals), @px (degrees per pixel), @cell (cluster size), @limit, @from, @to.
/// </summary>
internal static class LayerSql
{
    private const string Envelope = "ST_MakeEnvelope(@w, @s, @e, @n, 4326)";

    private static string Collection(string featuresSql) =>
        "SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(feature), '[]'::json))::text " +
        $"FROM ({featuresSql}) AS features";

    public static string Crossings { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature', 'id', id,
            'geometry', ST_AsGeoJSON(location, @dec)::json,
            'properties', json_build_object('code', code, 'name', name, 'kind', {EnumSql.NameOf<CrossingKind>("kind")},
                'dailyPassengers', daily_passengers, 'interviewOfficers', interview_officers)) AS feature
        FROM geo.border_crossings
        WHERE location && {Envelope} AND retired_at IS NULL
        ORDER BY daily_passengers DESC
        LIMIT @limit
        """);

    public static string RatRoutes { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature', 'id', id,
            'geometry', ST_AsGeoJSON(ST_Simplify(path, @px, true), @dec)::json,
            'properties', json_build_object('name', local_name, 'mode', {EnumSql.NameOf<RouteMode>("mode")},
                'activity', {EnumSql.NameOf<ActivityLevel>("activity")}, 'synthetic', is_synthetic)) AS feature
        FROM geo.rat_routes
        WHERE path && {Envelope}
        ORDER BY activity DESC
        LIMIT @limit
        """);

    // No id: a road has no details to open. Roads before tracks and ferries, longest first, when the limit bites.
    public static string Roads { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature',
            'geometry', ST_AsGeoJSON(ST_Simplify(path, @px, true), @dec)::json,
            'properties', json_build_object('name', name, 'kind', {EnumSql.NameOf<TravelWayKind>("kind")}, 'synthetic', is_synthetic)) AS feature
        FROM geo.travel_ways
        WHERE path && {Envelope}
        ORDER BY kind, ST_Length(path) DESC
        LIMIT @limit
        """);

    public static string Villages { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature', 'id', id,
            'geometry', ST_AsGeoJSON(location, @dec)::json,
            'properties', json_build_object('name', name, 'synthetic', is_synthetic)) AS feature
        FROM geo.assisted_villages
        WHERE location && {Envelope} AND retired_at IS NULL
        LIMIT @limit
        """);

    public static string VillageClusters { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature',
            'geometry', ST_AsGeoJSON(ST_Centroid(ST_Collect(location)), @dec)::json,
            'properties', json_build_object('cluster', true, 'count', count(*))) AS feature
        FROM geo.assisted_villages
        WHERE location && {Envelope} AND retired_at IS NULL
        GROUP BY ST_SnapToGrid(location, @cell)
        """);

    private const string CaseWhere = $"""
        location && {Envelope}
          AND (@from::date IS NULL OR reported_on >= @from::date)
          AND (@to::date IS NULL OR reported_on <= @to::date)
        """;

    public static string Cases { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature', 'id', id,
            'geometry', ST_AsGeoJSON(location, @dec)::json,
            'properties', json_build_object('victims', victim_count, 'minors', minor_count, 'synthetic', is_synthetic)) AS feature
        FROM geo.case_origins
        WHERE {CaseWhere}
        ORDER BY reported_on DESC
        LIMIT @limit
        """);

    /// <summary>
    /// Case clusters for readers who see aggregates only: any count under 5 is sent as the text "&lt;5", so a small
    /// cluster cannot single out a village's victims.
    /// </summary>
    public static string SuppressedCaseClusters { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature',
            'geometry', ST_AsGeoJSON(ST_Centroid(ST_Collect(location)), @dec)::json,
            'properties', json_build_object('cluster', true,
                'cases', {Suppress("count(*)")}, 'victims', {Suppress("sum(victim_count)")}, 'minors', {Suppress("sum(minor_count)")})) AS feature
        FROM geo.case_origins
        WHERE {CaseWhere}
        GROUP BY ST_SnapToGrid(location, @cell)
        """);

    private static string Suppress(string count) =>
        $"CASE WHEN {count} < {SmallCount.Threshold} THEN to_json('<{SmallCount.Threshold}'::text) ELSE to_json({count}) END";

    public static string CaseClusters { get; } = Collection($"""
        SELECT json_build_object('type', 'Feature',
            'geometry', ST_AsGeoJSON(ST_Centroid(ST_Collect(location)), @dec)::json,
            'properties', json_build_object('cluster', true, 'cases', count(*),
                'victims', sum(victim_count), 'minors', sum(minor_count))) AS feature
        FROM geo.case_origins
        WHERE {CaseWhere}
        GROUP BY ST_SnapToGrid(location, @cell)
        """);
}
