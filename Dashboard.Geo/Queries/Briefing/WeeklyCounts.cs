using Npgsql;

namespace Dashboard.Geo.Queries.Briefing;

/// <summary>Reads a (week start, count) series, the shape every weekly query here answers in.</summary>
internal static class WeeklyCounts
{
    public static async Task<IReadOnlyList<(DateOnly WeekStart, int Count)>> ReadAsync(NpgsqlCommand command, DateOnly lastWeekStart, int weeks, CancellationToken ct)
    {
        command.Parameters.AddWithValue("first", lastWeekStart.AddDays(-7 * (weeks - 1)));
        command.Parameters.AddWithValue("last", lastWeekStart);
        var counts = new List<(DateOnly, int)>(weeks);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            counts.Add((reader.GetFieldValue<DateOnly>(0), (int)reader.GetInt64(1)));
        return counts;
    }
}
