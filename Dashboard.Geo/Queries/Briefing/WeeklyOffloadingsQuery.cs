using Dashboard.Geo.Time;
using Npgsql;

namespace Dashboard.Geo.Queries.Briefing;

/// <summary>Checkpoint offloadings reported per week, nationally, oldest first, weeks starting Monday (WIB).</summary>
public sealed class WeeklyOffloadingsQuery(NpgsqlDataSource dataSource)
{
    private static readonly string Sql = $"""
        SELECT w::date, count(r.id)
        FROM generate_series(@first::date, @last::date, interval '7 days') w
        LEFT JOIN geo.field_reports r ON r.kind = {(int)Domain.Reports.ReportKind.CheckpointOffloading}
            AND (r.observed_at AT TIME ZONE '{HeadquartersTime.ZoneId}')::date >= w::date AND (r.observed_at AT TIME ZONE '{HeadquartersTime.ZoneId}')::date < w::date + 7
        GROUP BY w ORDER BY w
        """;

    public async Task<IReadOnlyList<(DateOnly WeekStart, int Count)>> ReadAsync(DateOnly lastWeekStart, int weeks, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        return await WeeklyCounts.ReadAsync(command, lastWeekStart, weeks, ct);
    }
}
