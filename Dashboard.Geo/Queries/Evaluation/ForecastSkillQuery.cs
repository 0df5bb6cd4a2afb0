using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Time;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>
/// The risk map's skill month by month, as the backtest measures it but on what really happened: for each of the last
/// complete WIB months, the run in force at its start ranks the cells (score, then cell id for ties) and the month's
/// cases (by reported date) are placed in the run's grid. A province or office is judged on its own ranking: both the
/// cells and the cases are narrowed to it by the province or regency they carry. Computed in PostgreSQL.
/// </summary>
public sealed class ForecastSkillQuery(NpgsqlDataSource dataSource)
{
    public const int Months = 6;

    private static readonly string Sql = $"""
        WITH months AS (
            SELECT m AS month, (m::timestamp AT TIME ZONE '{HeadquartersTime.ZoneId}') AS starts_at FROM unnest(@months::date[]) AS m),
        runs AS (
            SELECT mo.month, r.id AS run_id, r.as_of, r.grid_edge_metres AS edge
            FROM months mo LEFT JOIN LATERAL (
                SELECT id, as_of, grid_edge_metres FROM geo.risk_runs
                WHERE status = {(int)RiskRunStatus.Succeeded} AND finished_at < mo.starts_at ORDER BY id DESC LIMIT 1) r ON true),
        ranked AS (
            SELECT cr.run_id, cr.cell_id,
                row_number() OVER (PARTITION BY cr.run_id ORDER BY cr.score DESC, cr.cell_id) AS position,
                count(*) OVER (PARTITION BY cr.run_id) AS cells
            FROM (SELECT DISTINCT run_id FROM runs WHERE run_id IS NOT NULL) u
            JOIN geo.cell_risks cr ON cr.run_id = u.run_id
            WHERE (@province::text IS NULL OR cr.province_code = @province) AND (@regencies::text[] IS NULL OR cr.regency_code = ANY(@regencies))),
        sizes AS (
            SELECT run_id, max(cells)::int AS cells, greatest(1, round(max(cells) * 0.01))::int AS at1, greatest(1, round(max(cells) * 0.05))::int AS at5
            FROM ranked GROUP BY run_id),
        -- A case on the edge of two cells goes to the lower id; one outside the area's ranked cells is a miss.
        placed AS (
            SELECT ru.month, ru.run_id,
                (SELECT g.id FROM geo.grid_cells g WHERE g.edge_metres = ru.edge AND ST_Covers(g.boundary, c.location) ORDER BY g.id LIMIT 1) AS cell_id
            FROM runs ru
            JOIN geo.case_origins c ON c.reported_on >= ru.month AND c.reported_on < (ru.month + interval '1 month')::date
            WHERE (@province::text IS NULL OR c.province_code = @province) AND (@regencies::text[] IS NULL OR c.regency_code = ANY(@regencies)))
        SELECT ru.month, ru.run_id, ru.as_of, coalesce(s.cells, 0), coalesce(s.at1, 0), coalesce(s.at5, 0),
            (SELECT count(*) FROM placed p WHERE p.month = ru.month)::int,
            (SELECT count(*) FROM placed p JOIN ranked k ON k.run_id = p.run_id AND k.cell_id = p.cell_id WHERE p.month = ru.month AND k.position <= s.at1)::int,
            (SELECT count(*) FROM placed p JOIN ranked k ON k.run_id = p.run_id AND k.cell_id = p.cell_id WHERE p.month = ru.month AND k.position <= s.at5)::int
        FROM runs ru LEFT JOIN sizes s ON s.run_id = ru.run_id
        ORDER BY ru.month DESC
        """;

    /// <summary>The <see cref="Months"/> complete months before <paramref name="today"/>'s, newest first.</summary>
    public static IReadOnlyList<DateOnly> MonthsBefore(DateOnly today) =>
        [.. Enumerable.Range(1, Months).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(-i))];

    public async Task<IReadOnlyList<ForecastMonthSkill>> ByMonthAsync(DateOnly today, string? provinceCode, IReadOnlyCollection<string>? regencyCodes,
        CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("months", MonthsBefore(today).ToArray());
        command.Parameters.Add(new NpgsqlParameter("province", NpgsqlDbType.Text) { Value = (object?)provinceCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("regencies", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)regencyCodes?.ToArray() ?? DBNull.Value });
        var rows = new List<ForecastMonthSkill>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ForecastMonthSkill(reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3), reader.GetInt32(6),
                reader.GetInt32(4), reader.GetInt32(7), reader.GetInt32(5), reader.GetInt32(8)));
        }
        return rows;
    }
}
