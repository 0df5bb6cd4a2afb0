using Npgsql;

namespace Dashboard.Geo.Queries.Briefing;

/// <summary>Weekly case counts of one province or regency (or the nation, code "ID"), oldest first, weeks starting Monday.</summary>
public sealed class WeeklyCasesQuery(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        SELECT w::date, count(c.id)
        FROM generate_series(@first::date, @last::date, interval '7 days') w
        LEFT JOIN geo.case_origins c ON c.reported_on >= w::date AND c.reported_on < w::date + 7
            AND (@area = 'ID' OR c.province_code = @area OR c.regency_code = @area)
        GROUP BY w ORDER BY w
        """;

    public async Task<IReadOnlyList<(DateOnly WeekStart, int Cases)>> ReadAsync(string areaCode, DateOnly lastWeekStart, int weeks, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("area", areaCode);
        return await WeeklyCounts.ReadAsync(command, lastWeekStart, weeks, ct);
    }

    /// <summary>The Monday of the week a day falls in.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
