using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.RatRoutes;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// A credible report (by its A–F/1–6 grading) on or near a rat route known to be highly active: one alert per report,
/// naming the nearest such route. Critical when the source is reliable (A/B) and the information confirmed or probable (1/2).
/// </summary>
public sealed class RatRouteReportRule(NpgsqlDataSource dataSource, AlertSettings settings, TimeProvider clock) : IAlertRule
{
    // SourceGrading.Weight, in SQL.
    private const string Weight = """
        (CASE r.source_reliability WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.8 WHEN 'C' THEN 0.6 WHEN 'D' THEN 0.4 WHEN 'E' THEN 0.2 ELSE 0.5 END
         * CASE r.information_credibility WHEN 1 THEN 1.0 WHEN 2 THEN 0.8 WHEN 3 THEN 0.6 WHEN 4 THEN 0.4 WHEN 5 THEN 0.2 ELSE 0.5 END)
        """;

    // Which reports: the new ones by id (the primary key), or the sweep's recent ones. Two statements rather than one
    // with a CASE, which would hide the index from the planner and scan every report ever filed.
    private static readonly string ForReports = Sql("r.id = ANY(@ids)");
    private static readonly string ForSweep = Sql("r.received_at > @since");

    private static string Sql(string which) => $"""
        SELECT 'report:' || r.id, route.local_name,
            CASE WHEN r.source_reliability IN ('A', 'B') AND r.information_credibility IN (1, 2) THEN {(int)AlertSeverity.Critical} ELSE {(int)AlertSeverity.High} END,
            round(route.metres)::int, ST_X(r.location), ST_Y(r.location), reg.province_code, reg.name,
            ARRAY['report', 'rat-route'], ARRAY[r.id, route.id::bigint]
        FROM geo.field_reports r
        CROSS JOIN LATERAL (
            SELECT rr.id, rr.local_name, ST_Distance(rr.path::geography, r.location::geography) AS metres
            FROM geo.rat_routes rr
            -- degrees first (the index), then metres on the spheroid
            WHERE rr.activity = {(int)ActivityLevel.High} AND ST_DWithin(rr.path, r.location, @degrees)
              AND ST_DWithin(rr.path::geography, r.location::geography, @metres)
            ORDER BY metres LIMIT 1) route
        {string.Format(CandidateReader.NearestRegency, "r.location")}
        WHERE {Weight} >= @weight AND {which}
        """;

    public async Task<IReadOnlyList<AlertCandidate>> FindAsync(AlertScope scope, CancellationToken ct)
    {
        var (o, _) = await settings.CurrentAsync(ct);
        var metres = o.RatRouteDistanceKm * 1000;
        await using var command = dataSource.CreateCommand(scope.IsSweep ? ForSweep : ForReports);
        command.Parameters.AddWithValue("metres", metres);
        // A degree of longitude is at most 111.3 km; near the equator, where Indonesia lies, a little less.
        command.Parameters.AddWithValue("degrees", metres / 110_000.0);
        command.Parameters.AddWithValue("weight", o.CredibleWeight - 1e-9);
        if (scope.ReportIds is null)
            command.Parameters.AddWithValue("since", clock.GetUtcNow().AddHours(-o.ReportLookbackHours));
        else
            command.Parameters.AddWithValue("ids", scope.ReportIds.ToArray());
        return await CandidateReader.ReadAsync(command, AlertRule.ReportNearRatRoute, ct);
    }
}
