using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Time;
using Npgsql;

namespace Dashboard.Geo.Queries.Situation;

/// <summary>Counts the live view's tiles in one round trip.</summary>
public sealed class SituationKpiQuery(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private static readonly string Sql = $"""
        SELECT
            (SELECT count(*) FROM geo.alerts WHERE status IN ({AlertStatuses.OpenSqlList}))::int,
            (SELECT count(*) FROM geo.alerts WHERE status IN ({AlertStatuses.OpenSqlList})
                AND severity = {(int)AlertSeverity.Critical})::int,
            (SELECT count(*) FROM geo.field_reports WHERE kind = {(int)ReportKind.CheckpointOffloading} AND observed_at >= @dayStart AND observed_at < @dayEnd)::int,
            (SELECT coalesce(sum(people_count), 0) FROM geo.field_reports WHERE kind = {(int)ReportKind.CheckpointOffloading} AND observed_at >= @dayStart AND observed_at < @dayEnd)::int,
            (SELECT count(*) FROM geo.field_reports WHERE received_at > @now - interval '24 hours')::int,
            (SELECT count(*) FROM geo.case_origins WHERE reported_on >= @monthStart AND reported_on <= @today)::int
        """;

    public async Task<SituationKpis> ReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var local = now.AtHeadquarters();
        var dayStart = new DateTimeOffset(local.Date, HeadquartersTime.Offset);
        var today = DateOnly.FromDateTime(local.Date);
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("dayStart", dayStart.ToUniversalTime());
        command.Parameters.AddWithValue("dayEnd", dayStart.AddDays(1).ToUniversalTime());
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("monthStart", new DateOnly(today.Year, today.Month, 1));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new SituationKpis(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), now);
    }
}
