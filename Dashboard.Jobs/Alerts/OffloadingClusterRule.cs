using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Reports;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// N or more offloadings at one checkpoint within the window: a group leaving through the same gate. An offloading
/// that names no crossing counts for the nearest one within 5 km. Critical at twice N, or ten travellers.
/// </summary>
public sealed class OffloadingClusterRule(NpgsqlDataSource dataSource, AlertSettings settings, TimeProvider clock) : IAlertRule
{
    private static readonly string Sql = $$"""
        WITH offloadings AS (
            SELECT r.id, r.people_count, coalesce(r.crossing_id, (
                SELECT c.id FROM geo.border_crossings c
                WHERE ST_DWithin(c.location::geography, r.location::geography, 5000)
                ORDER BY c.location <-> r.location LIMIT 1)) AS crossing_id
            FROM geo.field_reports r
            WHERE r.kind = {{(int)ReportKind.CheckpointOffloading}} AND r.observed_at > @since AND r.observed_at <= @until),
        clusters AS (
            SELECT crossing_id, count(*)::int AS n, coalesce(sum(people_count), 0)::int AS people, array_agg(id ORDER BY id) AS ids
            FROM offloadings WHERE crossing_id IS NOT NULL
            GROUP BY crossing_id HAVING count(*) >= @size)
        SELECT 'offloading:' || c.id, c.name,
            CASE WHEN k.n >= 2 * @size OR k.people >= 10 THEN {{(int)AlertSeverity.Critical}} ELSE {{(int)AlertSeverity.High}} END,
            k.n, ST_X(c.location), ST_Y(c.location), c.province_code, g.name,
            array_fill('report'::text, ARRAY[k.n]) || 'crossing'::text, k.ids || c.id::bigint
        FROM clusters k JOIN geo.border_crossings c ON c.id = k.crossing_id
        LEFT JOIN geo.regencies g ON g.code = c.regency_code
        WHERE @ids::bigint[] IS NULL OR c.id IN (
            SELECT crossing_id FROM offloadings WHERE id = ANY(@ids))
        """;

    public async Task<IReadOnlyList<AlertCandidate>> FindAsync(AlertScope scope, CancellationToken ct)
    {
        var (o, _) = await settings.CurrentAsync(ct);
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("since", now.AddHours(-o.OffloadingWindowHours));
        // A report dated a little ahead (a phone's clock) still counts.
        command.Parameters.AddWithValue("until", now.AddHours(1));
        command.Parameters.AddWithValue("size", Math.Max(2, o.OffloadingClusterSize));
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint)
        {
            Value = scope.ReportIds is null ? DBNull.Value : scope.ReportIds.ToArray(),
        });
        return await CandidateReader.ReadAsync(command, AlertRule.OffloadingCluster, ct);
    }
}
