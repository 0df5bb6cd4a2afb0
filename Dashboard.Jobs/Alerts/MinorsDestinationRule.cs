using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// A recently reported case with minors among its victims, heading to a watch-listed destination. Cases arrive by
/// entry and import, not by report: the sweep looks at all, and an entry or import at the cases it stored. Critical
/// with three minors or more.
/// </summary>
public sealed class MinorsDestinationRule(NpgsqlDataSource dataSource, AlertSettings settings, TimeProvider clock) : IAlertRule
{
    private static readonly string Sql = $"""
        SELECT 'case:' || c.id, c.destination_country,
            CASE WHEN c.minor_count >= 3 THEN {(int)AlertSeverity.Critical} ELSE {(int)AlertSeverity.High} END,
            c.minor_count, ST_X(c.location), ST_Y(c.location), c.province_code, g.name,
            ARRAY['case'], ARRAY[c.id]
        FROM geo.case_origins c LEFT JOIN geo.regencies g ON g.code = c.regency_code
        WHERE c.minor_count > 0 AND c.destination_country = ANY(@watched) AND c.reported_on BETWEEN @since AND @today
            AND (@ids::bigint[] IS NULL OR c.id = ANY(@ids))
        """;

    public async Task<IReadOnlyList<AlertCandidate>> FindAsync(AlertScope scope, CancellationToken ct)
    {
        if (!scope.IsSweep && scope.CaseIds is not { Count: > 0 })
            return [];
        var (options, _) = await settings.CurrentAsync(ct);
        if (options.WatchedDestinations.Length == 0)
            return [];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("watched", options.WatchedDestinations.Select(d => d.Trim().ToUpperInvariant()).ToArray());
        command.Parameters.AddWithValue("since", today.AddDays(-options.CaseLookbackDays));
        command.Parameters.AddWithValue("today", today);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint)
        {
            Value = scope.CaseIds is { } ids ? ids.ToArray() : DBNull.Value,
        });
        return await CandidateReader.ReadAsync(command, AlertRule.MinorsToWatchedDestination, ct);
    }
}
