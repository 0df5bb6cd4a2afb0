using Npgsql;

namespace Dashboard.Web.Demo;

/// <summary>Where the demo feed reports from: the seeded world's checkpoints, assisted villages and busiest rat routes.</summary>
public sealed record DemoFeedPlaces(
    IReadOnlyList<DemoFeedPlace> Crossings,
    IReadOnlyList<DemoFeedPlace> Villages,
    IReadOnlyList<DemoFeedPlace> RatRoutes,
    IReadOnlyList<string> Modi)
{
    public static async Task<DemoFeedPlaces> LoadAsync(NpgsqlDataSource dataSource, CancellationToken ct) => new(
        await PlacesAsync(dataSource, "SELECT code, ST_X(location), ST_Y(location) FROM geo.border_crossings ORDER BY id", ct),
        await PlacesAsync(dataSource, "SELECT village_code, ST_X(location), ST_Y(location) FROM geo.assisted_villages ORDER BY random() LIMIT 300", ct),
        // A point on each highly active route, so some sightings fall on it and raise alerts, as patrols' would.
        await PlacesAsync(dataSource, """
            SELECT id::text, ST_X(p), ST_Y(p) FROM (
                SELECT id, ST_LineInterpolatePoint(path, 0.3 + random() * 0.4) AS p FROM geo.rat_routes WHERE activity = 3 ORDER BY random() LIMIT 100) r
            """, ct),
        await CodesAsync(dataSource, ct));

    private static async Task<List<DemoFeedPlace>> PlacesAsync(NpgsqlDataSource dataSource, string sql, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var places = new List<DemoFeedPlace>();
        while (await reader.ReadAsync(ct))
            places.Add(new DemoFeedPlace(reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        return places.Count > 0 ? places : throw new InvalidOperationException($"the demo world has nothing for: {sql}");
    }

    private static async Task<List<string>> CodesAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT code FROM geo.modi_operandi WHERE is_active ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var codes = new List<string>();
        while (await reader.ReadAsync(ct))
            codes.Add(reader.GetString(0));
        return codes;
    }
}
