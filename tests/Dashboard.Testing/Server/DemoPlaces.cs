using Npgsql;

namespace Dashboard.Testing.Server;

/// <summary>Places in the seeded demo world that the live tests report from.</summary>
public static class DemoPlaces
{
    /// <summary>
    /// A point 200 m off a highly active rat route, near its start: a credible report there raises an alert. Near the
    /// start rather than the middle, because a sea lane's middle can lie in international waters, where a report is
    /// refused as outside Indonesia; the demo's routes start on the Indonesian side.
    /// </summary>
    public static async Task<(double Longitude, double Latitude)> BesideActiveRatRouteAsync(string connectionString, int nth = 0)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT ST_X(p), ST_Y(p) FROM (
                SELECT ST_LineInterpolatePoint(path, 0.05) AS p FROM geo.rat_routes WHERE activity = 3 ORDER BY id OFFSET @nth LIMIT 1) m
            """, connection);
        command.Parameters.AddWithValue("nth", nth);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
            throw new InvalidOperationException("the demo world has no highly active rat route");
        return (reader.GetDouble(0) + 0.0018, reader.GetDouble(1));
    }

    /// <summary>The alert a report raised, if any.</summary>
    public static async Task<long?> AlertForReportAsync(string connectionString, long reportId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM geo.alerts WHERE subject_key = @key", connection);
        command.Parameters.AddWithValue("key", $"report:{reportId}");
        return await command.ExecuteScalarAsync() as long?;
    }
}
