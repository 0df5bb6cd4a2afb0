using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// A recently reported case with minors among its victims, heading to a watch-listed destination. Cases arrive by
/// import, not by report, so only the sweep looks. Critical with three minors or more.
/// </summary>
public sealed class MinorsDestinationRule(NpgsqlDataSource dataSource, IOptions<AlertOptions> options, TimeProvider clock) : IAlertRule
{
    private static readonly string Sql = $"""
        SELECT 'case:' || c.id, c.destination_country,
            CASE WHEN c.minor_count >= 3 THEN {(int)AlertSeverity.Critical} ELSE {(int)AlertSeverity.High} END,
            c.minor_count, ST_X(c.location), ST_Y(c.location), c.province_code, g.name,
            ARRAY['case'], ARRAY[c.id]
        FROM geo.case_origins c LEFT JOIN geo.regencies g ON g.code = c.regency_code
        WHERE c.minor_count > 0 AND c.destination_country = ANY(@watched) AND c.reported_on BETWEEN @since AND @today
        """;

    public async Task<IReadOnlyList<AlertCandidate>> FindAsync(AlertScope scope, CancellationToken ct)
    {
        if (!scope.IsSweep || options.Value.WatchedDestinations.Length == 0)
            return [];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("watched", options.Value.WatchedDestinations.Select(d => d.Trim().ToUpperInvariant()).ToArray());
        command.Parameters.AddWithValue("since", today.AddDays(-options.Value.CaseLookbackDays));
        command.Parameters.AddWithValue("today", today);
        return await CandidateReader.ReadAsync(command, AlertRule.MinorsToWatchedDestination, ct);
    }
}
