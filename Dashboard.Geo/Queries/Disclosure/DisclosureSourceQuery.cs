using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Domain.Alerts;
using Npgsql;

namespace Dashboard.Geo.Queries.Disclosure;

/// <summary>
/// What the disclosure rules add up, read from PostGIS: the partition (provinces and regencies), and per regency and
/// ISO week the cases, victims and minors (by where they were recruited and the day reported) and field reports and
/// offloadings (by the nearest regency seat, the week in Western Indonesian Time); open alerts per regency.
/// </summary>
public sealed class DisclosureSourceQuery(NpgsqlDataSource dataSource)
{
    private const string AreasSql = """
        SELECT code, NULL, name, ST_X(seat), ST_Y(seat) FROM geo.provinces
        UNION ALL
        SELECT code, province_code, name, ST_X(seat), ST_Y(seat) FROM geo.regencies
        """;

    private static readonly string WeeksSql = $"""
        SELECT regency, week, sum(cases), sum(victims), sum(minors), sum(reports), sum(offloadings)
        FROM (
            SELECT c.regency_code AS regency, date_trunc('week', c.reported_on)::date AS week,
                count(*) AS cases, sum(c.victim_count) AS victims, sum(c.minor_count) AS minors, 0 AS reports, 0 AS offloadings
            FROM geo.case_origins c
            WHERE c.reported_on BETWEEN @first AND @last
            GROUP BY 1, 2
            UNION ALL
            SELECT g.code, date_trunc('week', r.observed_at AT TIME ZONE 'Asia/Jakarta')::date, 0, 0, 0,
                count(*), count(*) FILTER (WHERE r.kind = {(int)Domain.Reports.ReportKind.CheckpointOffloading})
            FROM geo.field_reports r
            CROSS JOIN LATERAL (SELECT code FROM geo.regencies ORDER BY seat <-> r.location LIMIT 1) g
            WHERE r.observed_at >= @firstTs AND r.observed_at < @lastTs
            GROUP BY 1, 2) AS weeks
        GROUP BY 1, 2
        """;

    private static readonly string AlertsSql = $"""
        SELECT g.code, count(*)
        FROM geo.alerts a
        CROSS JOIN LATERAL (SELECT code FROM geo.regencies ORDER BY seat <-> a.location LIMIT 1) g
        WHERE a.status IN ({(int)AlertStatus.New}, {(int)AlertStatus.Acknowledged}, {(int)AlertStatus.Assigned})
        GROUP BY 1
        """;

    public async Task<IReadOnlyList<DisclosedArea>> AreasAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(AreasSql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var areas = new List<DisclosedArea>();
        while (await reader.ReadAsync(ct))
            areas.Add(new DisclosedArea(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetDouble(4)));
        return areas;
    }

    /// <summary>Every regency-week with anything in it, from the Monday <paramref name="first"/> to the Sunday <paramref name="last"/>.</summary>
    public async Task<IReadOnlyList<UnitWeek>> WeeksAsync(DateOnly first, DateOnly last, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(WeeksSql);
        command.Parameters.AddWithValue("first", first);
        command.Parameters.AddWithValue("last", last);
        command.Parameters.AddWithValue("firstTs", Start(first));
        command.Parameters.AddWithValue("lastTs", Start(last.AddDays(1)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<UnitWeek>();
        while (await reader.ReadAsync(ct))
            rows.Add(new UnitWeek(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), Int(reader, 2), Int(reader, 3), Int(reader, 4), Int(reader, 5), Int(reader, 6)));
        return rows;
    }

    public async Task<IReadOnlyDictionary<string, long>> OpenAlertsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(AlertsSql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    private static int Int(NpgsqlDataReader reader, int column) => (int)Convert.ToInt64(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Start(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
}
