using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Npgsql;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// Early-warning breaches of recent weeks become alerts (older breaches are history, kept on the chart). An island
/// group or the nation is placed at the middle of its provinces' capitals. The week's count against its baseline sets
/// the severity: critical at three times, high at twice (and at least 3 and 2, so one case where 0.3 were expected stays
/// medium). A two-stream alarm driven by reports may have few cases: medium.
/// </summary>
public sealed class EarlyWarningRule(NpgsqlDataSource dataSource, AlertSettings settings, TimeProvider clock) : IAlertRule
{
    private static readonly string Sql = $"""
        SELECT 'ews:' || e.area_code || ':' || e.stream || ':' || e.week_start, e.area_name,
            CASE WHEN e.observed >= 3 * e.expected AND e.observed >= 3 THEN {(int)AlertSeverity.Critical}
                 WHEN e.observed >= 2 * e.expected AND e.observed >= 2 THEN {(int)AlertSeverity.High}
                 ELSE {(int)AlertSeverity.Medium} END,
            e.observed, ST_X(at.seat), ST_Y(at.seat), coalesce(p.code, e.area_code), e.area_name,
            ARRAY['early-warning'], ARRAY[e.id]
        FROM geo.early_warning_alerts e
        LEFT JOIN geo.provinces p ON p.code = e.area_code
        CROSS JOIN LATERAL (SELECT coalesce(p.seat, (SELECT ST_Centroid(ST_Collect(seat)) FROM geo.provinces)) AS seat) at
        WHERE e.week_start >= @since AND at.seat IS NOT NULL
        """;

    public async Task<IReadOnlyList<AlertCandidate>> FindAsync(AlertScope scope, CancellationToken ct)
    {
        if (!scope.IsSweep)
            return [];
        var (options, _) = await settings.CurrentAsync(ct);
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("since", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-options.EarlyWarningLookbackDays));
        return await CandidateReader.ReadAsync(command, AlertRule.EarlyWarning, ct);
    }
}
