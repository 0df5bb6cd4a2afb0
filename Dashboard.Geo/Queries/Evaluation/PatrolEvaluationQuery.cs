using Dashboard.Geo.Domain.Patrols;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>
/// The patrols completed in a period (by when they were marked done) judged by their yield: findings filed per
/// patrol-kilometre, per base and mode and per rat route stopped at. A province or an office narrows them to the
/// patrols whose base crossing lies in it; crossings carry their regency, so an office's area is its regencies exactly.
/// </summary>
public sealed class PatrolEvaluationQuery(NpgsqlDataSource dataSource)
{
    private static readonly string Picked = $"""
        WITH picked AS (
            SELECT p.id, p.base_code, p.base_name, p.mode, p.kilometres, cardinality(p.finding_report_ids) AS findings, p.waypoints
            FROM geo.patrols p
            LEFT JOIN geo.border_crossings c ON c.code = p.base_code
            WHERE p.status = {(int)PatrolStatus.Done} AND p.completed_at >= @from AND p.completed_at < @to
                AND (@province::text IS NULL OR c.province_code = @province)
                AND (@regencies::text[] IS NULL OR c.regency_code = ANY(@regencies)))
        """;

    // A base may have been renamed between patrols: the latest name stands for it.
    private static readonly string BasesSql = Picked + """
        SELECT base_code, (array_agg(base_name ORDER BY id DESC))[1], mode, count(*)::int, coalesce(sum(kilometres), 0), coalesce(sum(findings), 0)::int
        FROM picked
        GROUP BY base_code, mode
        ORDER BY 2, base_code, mode
        """;

    // A patrol that stopped twice on one route counts once for it; a route since deleted keeps its id without a name.
    private static readonly string RoutesSql = Picked + """
        , visits AS (
            SELECT DISTINCT p.id, p.findings, substring(w.value ->> 'StopId' FROM 7)::int AS route_id
            FROM picked p, jsonb_array_elements(p.waypoints) w
            WHERE w.value ->> 'StopId' ~ '^route:[0-9]{1,9}$')
        SELECT v.route_id, r.local_name, count(*)::int, coalesce(sum(v.findings), 0)::int
        FROM visits v LEFT JOIN geo.rat_routes r ON r.id = v.route_id
        GROUP BY v.route_id, r.local_name
        ORDER BY 4 DESC, 3 DESC, 2, 1
        """;

    public async Task<PatrolEvaluation> EvaluateAsync(DateTimeOffset from, DateTimeOffset to, string? provinceCode, IReadOnlyCollection<string>? regencyCodes,
        CancellationToken ct)
    {
        var bases = new List<PatrolBaseEvaluation>();
        await using (var command = Command(BasesSql, from, to, provinceCode, regencyCodes))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                bases.Add(new PatrolBaseEvaluation(reader.GetString(0), reader.GetString(1), (PatrolMode)reader.GetInt32(2), reader.GetInt32(3),
                    Math.Round(reader.GetDouble(4), 2), reader.GetInt32(5)));
        }
        var routes = new List<PatrolRouteEvaluation>();
        await using (var command = Command(RoutesSql, from, to, provinceCode, regencyCodes))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                routes.Add(new PatrolRouteEvaluation(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }
        return new PatrolEvaluation(bases, routes, bases.Sum(b => b.Patrols), Math.Round(bases.Sum(b => b.Kilometres), 2), bases.Sum(b => b.Findings));
    }

    private NpgsqlCommand Command(string sql, DateTimeOffset from, DateTimeOffset to, string? provinceCode, IReadOnlyCollection<string>? regencyCodes)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        command.Parameters.Add(new NpgsqlParameter("province", NpgsqlDbType.Text) { Value = (object?)provinceCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("regencies", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)regencyCodes?.ToArray() ?? DBNull.Value });
        return command;
    }
}
