using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Spatial;
using Dashboard.Geo.Situation;
using Dashboard.Jobs.Alerts;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Jobs.Tests.RiskMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class TwoStreamJobTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    /// <summary>A Wednesday three days after the demo's last day: the last whole week is the one starting 9 November.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ASurgeOfCredibleReports_RaisesACasesAndReportsAlert_WithBothStreamsAsEvidence()
    {
        // Two years of steady graded reports near Bandung, then three weeks of five times as many.
        var surgeFrom = new DateOnly(2026, 10, 26);
        await using (var db = host.Database.CreateGeoContext())
        {
            var random = new Random(3);
            for (var week = surgeFrom.AddDays(-7 * 104); week <= new DateOnly(2026, 11, 9); week = week.AddDays(7))
            {
                var count = week >= surgeFrom ? 25 : 4 + random.Next(3);
                for (var i = 0; i < count; i++)
                    db.FieldReports.Add(Report(week, i));
            }
            await db.SaveChangesAsync();
        }
        await using var scope = host.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<EarlyWarningJob>(scope.ServiceProvider, (TimeProvider)new FixedClock(Now));

        await job.RunAsync(CancellationToken.None);

        await using var check = host.Database.CreateGeoContext();
        var combined = await check.EarlyWarningAlerts.AsNoTracking()
            .Where(a => a.AreaCode == "32" && a.Stream == TwoStreamDetector.Stream).OrderBy(a => a.WeekStart).ToListAsync();
        var alarm = Assert.Single(combined, a => a.WeekStart >= surgeFrom);
        Assert.DoesNotContain(combined, a => a.WeekStart < surgeFrom.AddDays(-7 * 104 + 7 * TwoStreamDetector.ReportWarmUpWeeks));
        Assert.True(alarm.Statistic >= alarm.Threshold);
        var evidence = JsonDocument.Parse(alarm.Evidence).RootElement;
        // 25 reports graded B2 weigh 25 × 0.8 × 0.8.
        Assert.Equal(25 * 0.64, evidence.GetProperty("reports").EnumerateArray().Last().GetDouble(), 9);
        Assert.Equal(evidence.GetProperty("counts").GetArrayLength(), evidence.GetProperty("reportBaseline").GetArrayLength());
        Assert.Equal(alarm.Observed, evidence.GetProperty("counts").EnumerateArray().Last().GetInt32());

        // A recent breach is an alert candidate; the case count is ordinary, so it is not ranked by a case ratio.
        var rule = ActivatorUtilities.CreateInstance<EarlyWarningRule>(scope.ServiceProvider, (TimeProvider)new FixedClock(Now));
        var candidates = await rule.FindAsync(AlertScope.Everything, CancellationToken.None);
        var candidate = Assert.Single(candidates, c => c.SubjectKey == $"ews:32:{TwoStreamDetector.Stream}:{alarm.WeekStart:yyyy-MM-dd}");
        Assert.Equal(AlertRule.EarlyWarning, candidate.Rule);
        Assert.Equal(alarm.Observed >= 3 * alarm.Expected ? AlertSeverity.Critical : alarm.Observed >= 2 * alarm.Expected ? AlertSeverity.High : AlertSeverity.Medium,
            candidate.Severity);
    }

    [Fact]
    public void AnEarlyWarningSnapshot_NamesItsChart_OtherAlertsDoNot()
    {
        Alert Of(AlertRule rule, string key) => new()
        {
            Rule = rule, SubjectKey = key, SubjectName = "Jawa Barat", ProvinceCode = "32", RegionName = "Jawa Barat",
            Location = Geometries.Point(107.6, -6.9),
        };

        Assert.Equal("cases+reports", AlertSnapshot.Of(Of(AlertRule.EarlyWarning, "ews:32:cases+reports:2026-11-09")).Stream);
        Assert.Equal("cases", AlertSnapshot.Of(Of(AlertRule.EarlyWarning, "ews:G-KALIMANTAN:cases:2026-11-09")).Stream);
        Assert.Null(AlertSnapshot.Of(Of(AlertRule.ReportNearRatRoute, "report:345")).Stream);
    }

    private static FieldReport Report(DateOnly week, int i) => new()
    {
        IdempotencyKey = $"two-stream-{week:yyyyMMdd}-{i}",
        Kind = ReportKind.VillageRecruitment,
        Location = Geometries.Point(107.6 + 0.001 * i, -6.9),
        ObservedAt = new DateTimeOffset(week.AddDays(i % 7).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
        ReceivedAt = new DateTimeOffset(week.AddDays(i % 7).ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero),
        Category = "perekrutan mencurigakan",
        SourceReliability = 'B',
        InformationCredibility = 2,
        Text = "Calo menawarkan kerja ke luar negeri tanpa kontrak.",
        ReportingOfficer = "petugas.uji",
        Agency = "Imigrasi",
    };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
