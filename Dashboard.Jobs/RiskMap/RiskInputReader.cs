using Dashboard.Geo.Time;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Jobs.Risk;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Dashboard.Jobs.RiskMap;

/// <summary>Reads what the model needs from PostGIS, in as few round trips and columns as possible.</summary>
public sealed class RiskInputReader(NpgsqlDataSource dataSource)
{
    public async Task<RiskInputs> ReadAsync(DateOnly asOf, RiskOptions options, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var cells = await ListAsync(connection, "SELECT id, province_code, regency_code FROM geo.grid_cells WHERE edge_metres = @edge ORDER BY id",
            r => new GridCellInput(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)), ct,
            ("edge", options.GridEdgeMetres));
        var since = asOf.AddDays(-(int)Math.Ceiling(options.CaseHalfLifeDays * options.CaseHorizonHalfLives));
        var highRisk = options.HighRiskDestinations;
        var cases = await ListAsync(connection, """
            SELECT ST_X(location), ST_Y(location), reported_on, victim_count, minor_count, destination_country = ANY(@highRisk)
            FROM geo.case_origins WHERE reported_on BETWEEN @since AND @asOf
            """,
            r => new CaseInput(r.GetDouble(0), r.GetDouble(1), r.GetFieldValue<DateOnly>(2), r.GetInt32(3), r.GetInt32(4), r.GetBoolean(5)), ct,
            ("since", since), ("asOf", asOf), ("highRisk", highRisk));
        var routes = await ListAsync(connection, "SELECT path, activity, last_observed FROM geo.rat_routes",
            r => new RouteInput(r.GetFieldValue<LineString>(0).Coordinates.Select(c => (c.X, c.Y)).ToList(), r.GetInt32(1), r.GetFieldValue<DateOnly>(2)), ct);
        var crossings = await ListAsync(connection, "SELECT ST_X(location), ST_Y(location), daily_passengers FROM geo.border_crossings WHERE retired_at IS NULL",
            r => new CrossingInput(r.GetDouble(0), r.GetDouble(1), r.GetInt32(2)), ct);
        var villages = await ListAsync(connection, """
            SELECT ST_X(v.location), ST_Y(v.location),
                   (SELECT max(s.held_on) FROM geo.outreach_sessions s WHERE s.village_id = v.id AND s.held_on <= @asOf)
            FROM geo.assisted_villages v WHERE v.retired_at IS NULL
            """,
            r => new VillageInput(r.GetDouble(0), r.GetDouble(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2)), ct, ("asOf", asOf));
        // Reports older than four half-lives weigh under 1/16: not worth reading.
        var reportsSince = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-4 * options.ReportHalfLifeDays);
        var reports = await ListAsync(connection, """
            SELECT ST_X(location), ST_Y(location), observed_at, source_reliability, information_credibility
            FROM geo.field_reports WHERE observed_at >= @since AND observed_at < @until
            """,
            r => new ReportInput(r.GetDouble(0), r.GetDouble(1), r.GetFieldValue<DateTimeOffset>(2),
                SourceGrading.Weight(r.GetChar(3), r.GetInt32(4))), ct,
            ("since", reportsSince), ("until", asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        // Every stop of a patrol recorded as done (not its base, which is an office, present anyway).
        var patrols = await ListAsync(connection, $"""
            SELECT ST_X(dp.geom), ST_Y(dp.geom), (p.completed_at AT TIME ZONE '{HeadquartersTime.ZoneId}')::date
            FROM geo.patrols p CROSS JOIN LATERAL ST_DumpPoints(p.route) dp
            WHERE p.status = @done AND p.completed_at >= @since AND p.completed_at < @until
              AND dp.path[1] > 1 AND dp.path[1] < ST_NPoints(p.route)
            """,
            r => new PatrolVisit(r.GetDouble(0), r.GetDouble(1), r.GetFieldValue<DateOnly>(2)), ct,
            ("done", (int)PatrolStatus.Done),
            ("since", asOf.AddDays(-options.OutreachRecentDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
            ("until", asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        return new RiskInputs(asOf, cells, cases, routes, crossings, villages, reports, patrols);
    }

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct))
            list.Add(map(reader));
        return list;
    }
}
