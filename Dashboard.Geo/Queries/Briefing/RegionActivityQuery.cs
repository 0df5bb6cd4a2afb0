using Dashboard.Geo.Domain.Alerts;
using Npgsql;

namespace Dashboard.Geo.Queries.Briefing;

/// <summary>
/// Counts per province (or per regency of one province) for a briefing: cases and their victims by where they were
/// recruited, field reports and offloadings by the nearest regency seat, and alerts still open. Aggregates only:
/// nothing here identifies a case or a person.
/// </summary>
public sealed class RegionActivityQuery(NpgsqlDataSource dataSource)
{
    private static readonly string Sql = $$"""
        WITH areas AS (
            SELECT code, name, seat FROM geo.provinces WHERE @level = 'province'
            UNION ALL
            SELECT code, name, seat FROM geo.regencies WHERE @level = 'regency' AND province_code = @province),
        cases AS (
            SELECT CASE WHEN @level = 'province' THEN c.province_code ELSE c.regency_code END AS code,
                count(*) FILTER (WHERE c.reported_on BETWEEN @from AND @to) AS n,
                count(*) FILTER (WHERE c.reported_on BETWEEN @cfrom AND @cto) AS before,
                coalesce(sum(c.victim_count) FILTER (WHERE c.reported_on BETWEEN @from AND @to), 0) AS victims,
                coalesce(sum(c.minor_count) FILTER (WHERE c.reported_on BETWEEN @from AND @to), 0) AS minors
            FROM geo.case_origins c
            WHERE c.reported_on BETWEEN @cfrom AND @to AND (@level = 'province' OR c.province_code = @province)
            GROUP BY 1),
        reports AS (
            SELECT CASE WHEN @level = 'province' THEN g.province_code ELSE g.code END AS code,
                count(*) FILTER (WHERE r.observed_at >= @fromTs AND r.observed_at < @toTs) AS n,
                count(*) FILTER (WHERE r.observed_at >= @cfromTs AND r.observed_at < @fromTs) AS before,
                count(*) FILTER (WHERE r.observed_at >= @fromTs AND r.observed_at < @toTs AND r.kind = 1) AS offloadings
            FROM geo.field_reports r
            CROSS JOIN LATERAL (SELECT code, province_code FROM geo.regencies ORDER BY seat <-> r.location LIMIT 1) g
            WHERE r.observed_at >= @cfromTs AND r.observed_at < @toTs
            GROUP BY 1),
        alerts AS (
            SELECT CASE WHEN @level = 'province' THEN a.province_code ELSE g.code END AS code, count(*) AS n
            FROM geo.alerts a
            CROSS JOIN LATERAL (SELECT code FROM geo.regencies ORDER BY seat <-> a.location LIMIT 1) g
            WHERE a.status IN ({{(int)AlertStatus.New}}, {{(int)AlertStatus.Acknowledged}}, {{(int)AlertStatus.Assigned}}) AND (@level = 'province' OR a.province_code = @province)
            GROUP BY 1)
        SELECT a.code, a.name, coalesce(c.n, 0), coalesce(c.before, 0), coalesce(c.victims, 0), coalesce(c.minors, 0),
            coalesce(r.n, 0), coalesce(r.before, 0), coalesce(r.offloadings, 0), coalesce(al.n, 0), ST_X(a.seat), ST_Y(a.seat)
        FROM areas a
        LEFT JOIN cases c ON c.code = a.code
        LEFT JOIN reports r ON r.code = a.code
        LEFT JOIN alerts al ON al.code = a.code
        ORDER BY a.code
        """;

    /// <param name="level">"province", or "regency" for the regencies of <paramref name="provinceCode"/>.</param>
    public async Task<IReadOnlyList<RegionActivity>> ReadAsync(string level, string? provinceCode, BriefingPeriod period, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("level", level);
        command.Parameters.AddWithValue("province", provinceCode ?? "");
        command.Parameters.AddWithValue("from", period.From);
        command.Parameters.AddWithValue("to", period.To);
        command.Parameters.AddWithValue("cfrom", period.CompareFrom);
        command.Parameters.AddWithValue("cto", period.CompareTo);
        // Reports carry instants; a day of the briefing is a day in Western Indonesia (UTC+7).
        command.Parameters.AddWithValue("fromTs", Start(period.From));
        command.Parameters.AddWithValue("toTs", Start(period.To.AddDays(1)));
        command.Parameters.AddWithValue("cfromTs", Start(period.CompareFrom));
        var rows = new List<RegionActivity>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new RegionActivity(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                (int)reader.GetInt64(4), (int)reader.GetInt64(5), (int)reader.GetInt64(6), (int)reader.GetInt64(7), (int)reader.GetInt64(8),
                (int)reader.GetInt64(9), reader.GetDouble(10), reader.GetDouble(11)));
        }
        return rows;
    }

    private static DateTimeOffset Start(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
}
