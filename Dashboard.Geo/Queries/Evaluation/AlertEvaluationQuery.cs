using Dashboard.Geo.Domain.Alerts;
using Npgsql;

namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>
/// The alerts of a period (by when they were raised) judged by what followed: per rule, and optionally for one
/// province or one office's working area (its outline, or its provinces before boundaries are loaded). Computed in PostgreSQL: the first acknowledgement or assignment and the closing step come from the trail.
/// </summary>
public sealed class AlertEvaluationQuery(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        WITH picked AS (
            SELECT a.id, a.rule, a.status, a.outcome, a.raised_at,
                (SELECT min(t.at) FROM geo.alert_activities t WHERE t.alert_id = a.id AND t.action IN (3, 4)) AS taken_up,
                (SELECT min(t.at) FROM geo.alert_activities t WHERE t.alert_id = a.id AND t.action IN (5, 6)) AS closed_at
            FROM geo.alerts a
            WHERE a.raised_at >= @from AND a.raised_at < @to AND (@province::text IS NULL OR a.province_code = @province)
                AND (@outline::geometry IS NULL OR ST_Covers(@outline::geometry, a.location))
                AND (@provinces::text[] IS NULL OR a.province_code = ANY(@provinces)))
        SELECT rule, count(*)::int,
            count(*) FILTER (WHERE status IN (1, 2, 3))::int,
            count(*) FILTER (WHERE status IN (4, 5))::int,
            count(*) FILTER (WHERE status IN (4, 5) AND outcome IS NULL)::int,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM taken_up - raised_at) / 3600.0) FILTER (WHERE taken_up IS NOT NULL),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - raised_at) / 3600.0) FILTER (WHERE closed_at IS NOT NULL),
            coalesce((SELECT json_object_agg(o.outcome, o.n)::text FROM (
                SELECT outcome, count(*) AS n FROM picked q WHERE q.rule = p.rule AND q.outcome IS NOT NULL GROUP BY outcome) o), '{}')
        FROM picked p
        GROUP BY rule
        ORDER BY rule
        """;

    public async Task<IReadOnlyList<AlertRuleEvaluation>> ByRuleAsync(DateTimeOffset from, DateTimeOffset to, string? provinceCode, CancellationToken ct,
        Offices.WorkingArea? area = null)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        command.Parameters.Add(new NpgsqlParameter("province", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)provinceCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("outline", NpgsqlTypes.NpgsqlDbType.Geometry) { Value = (object?)area?.Outline ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("provinces", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text)
        {
            Value = area is { Outline: null } ? area.ProvinceCodes.ToArray() : DBNull.Value,
        });
        var rows = new List<AlertRuleEvaluation>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var outcomes = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(7))!
                .ToDictionary(p => (AlertOutcome)int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture), p => p.Value);
            rows.Add(new AlertRuleEvaluation((AlertRule)reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
                outcomes, reader.GetInt32(4),
                reader.IsDBNull(5) ? null : Math.Round(reader.GetDouble(5), 2),
                reader.IsDBNull(6) ? null : Math.Round(reader.GetDouble(6), 2)));
        }
        return rows;
    }
}
