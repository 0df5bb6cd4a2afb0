namespace Dashboard.Jobs.RiskMap;

/// <summary>
/// Rolls a run's cells up to provinces and regencies, with the same regions' mean score in the previous succeeded
/// run and in the latest succeeded run at least 28 days older. Runs inside the run's own transaction. Parameter: @run.
/// </summary>
internal static class RegionRollupSql
{
    public const string Sql = """
        WITH previous_run AS (
            SELECT max(id) AS id FROM geo.risk_runs WHERE status = 2 AND id < @run),
        previous_period AS (
            SELECT max(r.id) AS id FROM geo.risk_runs r, geo.risk_runs this
            WHERE this.id = @run AND r.status = 2 AND r.id < @run AND r.started_at <= this.started_at - interval '28 days'),
        regions AS (
            SELECT 'province' AS level, province_code AS code, score, is_hot_spot, threat, vulnerability, impact
            FROM geo.cell_risks WHERE run_id = @run AND province_code IS NOT NULL
            UNION ALL
            SELECT 'regency', regency_code, score, is_hot_spot, threat, vulnerability, impact
            FROM geo.cell_risks WHERE run_id = @run AND regency_code IS NOT NULL)
        INSERT INTO geo.region_risks (run_id, level, code, cells, mean_score, max_score, hot_cells, mean_threat, mean_vulnerability,
                                      mean_impact, previous_run_mean_score, previous_period_mean_score)
        SELECT @run, g.level, g.code, g.cells, g.mean_score, g.max_score, g.hot_cells, g.mean_threat, g.mean_vulnerability, g.mean_impact,
               (SELECT p.mean_score FROM geo.region_risks p, previous_run WHERE p.run_id = previous_run.id AND p.level = g.level AND p.code = g.code),
               (SELECT p.mean_score FROM geo.region_risks p, previous_period WHERE p.run_id = previous_period.id AND p.level = g.level AND p.code = g.code)
        FROM (
            SELECT level, code, count(*)::int AS cells, avg(score) AS mean_score, max(score) AS max_score,
                   (count(*) FILTER (WHERE is_hot_spot))::int AS hot_cells,
                   avg(threat) AS mean_threat, avg(vulnerability) AS mean_vulnerability, avg(impact) AS mean_impact
            FROM regions GROUP BY level, code) AS g;
        """;
}
