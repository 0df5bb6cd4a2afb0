using System.Text.Json;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Jobs.Alerts;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Builds weekly case and report counts per province over the whole history, runs the charts (cases, reports, and
/// cases with credibility-weighted reports together), and stores every breach as an early-warning alert with its
/// evidence. Re-running is safe: an area, stream and week is alerted once.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
[AutomaticRetry(Attempts = 3)]
public sealed class EarlyWarningJob(NpgsqlDataSource dataSource, IOptions<EarlyWarningOptions> options, AlertEvaluator alerts, TimeProvider clock, ILogger<EarlyWarningJob> logger)
{
    public const string CasesStream = "cases";
    public const string ReportsStream = "reports";

    /// <summary>A two-stream breach this soon after the case chart's own in the same area adds nothing new.</summary>
    private const int KnownBreachDays = 28;

    private const string WeeklyCases = """
        SELECT p.code, p.name, date_trunc('week', c.reported_on)::date AS week, count(c.id)::int
        FROM geo.provinces p LEFT JOIN geo.case_origins c ON c.province_code = p.code AND c.reported_on <= @today
        GROUP BY p.code, p.name, week
        """;

    // Reports carry a point, not a region: each takes the province of the nearest regency seat or capital.
    private const string WeeklyReports = """
        WITH seats AS (SELECT province_code, seat FROM geo.regencies UNION ALL SELECT code, seat FROM geo.provinces),
        located AS (
            SELECT (SELECT s.province_code FROM seats s ORDER BY s.seat <-> r.location LIMIT 1) AS province_code, r.observed_at, r.id
            FROM geo.field_reports r WHERE r.observed_at < @today + 1)
        SELECT p.code, p.name, date_trunc('week', l.observed_at AT TIME ZONE 'UTC')::date AS week, count(l.id)::int
        FROM geo.provinces p LEFT JOIN located l ON l.province_code = p.code
        GROUP BY p.code, p.name, week
        """;

    // Counted per grading so the credibility weights stay in one place (SourceGrading), not copied into SQL.
    private const string WeeklyGradedReports = """
        WITH seats AS (SELECT province_code, seat FROM geo.regencies UNION ALL SELECT code, seat FROM geo.provinces),
        located AS (
            SELECT (SELECT s.province_code FROM seats s ORDER BY s.seat <-> r.location LIMIT 1) AS province_code, r.observed_at,
                r.source_reliability, r.information_credibility
            FROM geo.field_reports r WHERE r.observed_at < @today + 1)
        SELECT province_code, date_trunc('week', observed_at AT TIME ZONE 'UTC')::date AS week, source_reliability, information_credibility, count(*)::int
        FROM located WHERE province_code IS NOT NULL
        GROUP BY 1, 2, 3, 4
        """;

    private static readonly JsonSerializerOptions EvidenceJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    [JobDisplayName("Early warning")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        var (caseWeeks, caseProvinces) = await ReadWeeklyAsync(WeeklyCases, cancellationToken);
        IReadOnlyList<EarlyWarningBreach> caseBreaches = [];
        if (caseWeeks.Count > 0)
        {
            caseBreaches = new EarlyWarningDetector(options.Value).Detect(caseWeeks, caseProvinces, CasesStream);
            written += await WriteAsync(CasesStream, caseWeeks.Count, caseProvinces.Count, caseBreaches, cancellationToken);
        }

        var (reportWeeks, reportProvinces) = await ReadWeeklyAsync(WeeklyReports, cancellationToken);
        if (reportWeeks.Count > 0)
            written += await WriteAsync(ReportsStream, reportWeeks.Count, reportProvinces.Count,
                new EarlyWarningDetector(options.Value).Detect(reportWeeks, reportProvinces, ReportsStream), cancellationToken);

        if (caseWeeks.Count > 0)
        {
            var weighted = await ReadWeightedReportsAsync(caseWeeks, cancellationToken);
            var combined = new TwoStreamDetector(options.Value).Detect(caseWeeks, caseProvinces, weighted)
                .Where(b => !caseBreaches.Any(c => c.AreaCode == b.AreaCode && c.Week <= b.Week && c.Week > b.Week.AddDays(-KnownBreachDays)))
                .ToList();
            written += await WriteAsync(TwoStreamDetector.Stream, caseWeeks.Count, caseProvinces.Count, combined, cancellationToken);
        }
        // Recent breaches become alerts now rather than at the next sweep.
        await alerts.EvaluateAsync(AlertScope.Everything, cancellationToken);
        return written;
    }

    private async Task<(IReadOnlyList<DateOnly>, IReadOnlyList<AreaSeries>)> ReadWeeklyAsync(string sql, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("today", today);
        var rows = new List<(string Code, string Name, DateOnly? Week, int Count)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3)));
        }
        var dated = rows.Where(r => r.Week is not null).ToList();
        if (dated.Count == 0)
            return ([], []);
        // The current week is incomplete: judging it would read a partial count as a drop.
        var weeks = Weeks.Between(dated.Min(r => r.Week!.Value), Weeks.StartOf(today).AddDays(-7));
        var position = weeks.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var series = rows.GroupBy(r => (r.Code, r.Name)).Select(g =>
        {
            var counts = new int[weeks.Count];
            foreach (var r in g.Where(r => r.Week is { } w && position.ContainsKey(w)))
                counts[position[r.Week!.Value]] = r.Count;
            return new AreaSeries(g.Key.Code, g.Key.Name, counts);
        }).OrderBy(s => s.Code).ToList();
        return (weeks, series);
    }

    /// <summary>Credibility-weighted report counts per province, aligned with the case chart's weeks.</summary>
    private async Task<IReadOnlyDictionary<string, double[]>> ReadWeightedReportsAsync(IReadOnlyList<DateOnly> weeks, CancellationToken ct)
    {
        var position = weeks.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var series = new Dictionary<string, double[]>();
        await using var command = dataSource.CreateCommand(WeeklyGradedReports);
        command.Parameters.AddWithValue("today", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!position.TryGetValue(reader.GetFieldValue<DateOnly>(1), out var t))
                continue;
            var province = reader.GetString(0);
            if (!series.TryGetValue(province, out var counts))
                series[province] = counts = new double[weeks.Count];
            counts[t] += reader.GetInt32(4) * SourceGrading.Weight(reader.GetString(2)[0], reader.GetInt32(3));
        }
        return series;
    }

    private async Task<int> WriteAsync(string stream, int weeks, int provinces, IReadOnlyList<EarlyWarningBreach> breaches, CancellationToken ct)
    {
        var added = await WriteAsync(breaches, ct);
        logger.LogInformation("Early warning ({Stream}): {Weeks} weeks, {Areas} provinces, {Breaches} breaches, {New} new alerts",
            stream, weeks, provinces, breaches.Count, added);
        return added;
    }

    private async Task<int> WriteAsync(IReadOnlyList<EarlyWarningBreach> breaches, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var written = 0;
        foreach (var b in breaches)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO geo.early_warning_alerts (raised_at, area_code, area_name, stream, week_start, observed, expected, statistic, threshold, shift_ratio, evidence)
                VALUES (@at, @area, @name, @stream, @week, @observed, @expected, @statistic, @threshold, @ratio, @evidence::jsonb)
                ON CONFLICT (area_code, stream, week_start) DO NOTHING
                """, connection);
            insert.Parameters.AddWithValue("at", clock.GetUtcNow());
            insert.Parameters.AddWithValue("area", b.AreaCode);
            insert.Parameters.AddWithValue("name", b.AreaName);
            insert.Parameters.AddWithValue("stream", b.Stream);
            insert.Parameters.AddWithValue("week", b.Week);
            insert.Parameters.AddWithValue("observed", b.Observed);
            insert.Parameters.AddWithValue("expected", b.Expected);
            insert.Parameters.AddWithValue("statistic", b.Statistic);
            insert.Parameters.AddWithValue("threshold", b.Threshold);
            insert.Parameters.AddWithValue("ratio", b.ShiftRatio);
            insert.Parameters.AddWithValue("evidence", JsonSerializer.Serialize(new
            {
                weeks = b.EvidenceWeeks, counts = b.EvidenceCounts, baseline = b.EvidenceBaseline, statistic = b.EvidenceStatistic,
                threshold = b.Threshold, shiftRatio = b.ShiftRatio,
                reports = b.EvidenceReports, reportBaseline = b.EvidenceReportBaseline,
            }, EvidenceJson));
            written += await insert.ExecuteNonQueryAsync(ct);
        }
        return written;
    }
}
