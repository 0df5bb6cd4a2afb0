using Dashboard.Geo.Time;
using System.Security.Claims;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries;
using Dashboard.Geo.Queries.Briefing;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Briefing;

/// <summary>
/// The TIMPORA briefing: regions ranked by risk with what happened in them, and a region's weekly trend. Every read
/// is recorded in the audit log; readers outside the immigration service get small counts suppressed.
/// </summary>
public sealed class BriefingService(IDbContextFactory<GeoDbContext> contexts, RegionActivityQuery activity, RegionRiskQuery risk,
    WeeklyCasesQuery weekly, IOptions<EarlyWarningOptions> earlyWarning, AccessLog log, TimeProvider clock)
{
    public static readonly int[] PeriodChoices = [7, 28, 91, 182, 364];
    public const int HistoryWeeks = 208;

    public DateOnly Today => clock.HeadquartersToday();

    public async Task<BriefingTable> TableAsync(ClaimsPrincipal user, string level, string? province, BriefingPeriod period, CancellationToken ct)
    {
        var suppress = !CaseAccess.MaySeeIndividualCases(user);
        await log.RecordAsync(user, "briefing.regions", Describe(level, province, period), ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await Geo.Domain.Risk.RiskRunScopes.LatestFirst(db.RiskRuns.AsNoTracking()).FirstOrDefaultAsync(ct);
        var risks = run is null ? [] : (await risk.RankAsync(run.Id, level, province, ct)).ToDictionary(r => r.Code);
        var rows = (await activity.ReadAsync(level, province, period, ct))
            .OrderByDescending(a => risks.TryGetValue(a.Code, out var r) ? r.MeanScore : double.MinValue)
            .ThenByDescending(a => a.Cases)
            .Select((a, i) => Row(i + 1, a, risks.GetValueOrDefault(a.Code), suppress))
            .ToList();
        return new BriefingTable(level, province, period, run?.Id, run?.ModelVersion, run?.FinishedAt, suppress, rows);
    }

    public async Task<BriefingTrend> TrendAsync(ClaimsPrincipal user, string area, int weeks, CancellationToken ct)
    {
        var suppress = !CaseAccess.MaySeeIndividualCases(user);
        await log.RecordAsync(user, "briefing.trend", $"area={area} weeks={weeks}", ct);
        var history = await weekly.ReadAsync(area, WeeklyCasesQuery.WeekOf(Today), HistoryWeeks, ct);
        var points = TrendLine.Compute(history, weeks, earlyWarning.Value);
        return new BriefingTrend(area, await NameAsync(area, ct), suppress, [.. points.Select(p => BriefingTrendWeek.Of(p, suppress))]);
    }

    /// <summary>The name of the nation, a province or a regency by its code; the code itself if unknown.</summary>
    public async Task<string> NameAsync(string area, CancellationToken ct)
    {
        if (area == "ID")
            return "Indonesia";
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Provinces.Where(p => p.Code == area).Select(p => p.Name).FirstOrDefaultAsync(ct)
            ?? await db.Regencies.Where(r => r.Code == area).Select(r => r.Name).FirstOrDefaultAsync(ct)
            ?? area;
    }

    /// <summary>Whether a code names the nation, a province or a regency we know.</summary>
    public async Task<bool> IsAreaAsync(string area, CancellationToken ct)
    {
        if (area == "ID")
            return true;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Provinces.AnyAsync(p => p.Code == area, ct) || await db.Regencies.AnyAsync(r => r.Code == area, ct);
    }

    private static BriefingRow Row(int rank, RegionActivity a, RegionRiskRow? r, bool suppress)
    {
        string Count(int n) => suppress ? SmallCount.Show(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var small = a.Cases < SmallCount.Threshold || a.CasesBefore < SmallCount.Threshold;
        return new BriefingRow(rank, a.Code, a.Name,
            r is null ? null : Math.Round(r.MeanScore, 4), r?.ChangeSincePreviousRun is { } c ? Math.Round(c, 4) : null, r?.HotCells ?? 0, r?.TopFactors ?? [],
            Count(a.OpenAlerts), Count(a.Cases), Count(a.CasesBefore), suppress && small ? null : a.Cases - a.CasesBefore,
            Count(a.Victims), Count(a.Minors), Count(a.Reports), Count(a.ReportsBefore), Count(a.Offloadings),
            a.SeatLongitude, a.SeatLatitude);
    }

    private static string Describe(string level, string? province, BriefingPeriod p) =>
        $"level={level} province={province ?? "-"} from={p.From:yyyy-MM-dd} to={p.To:yyyy-MM-dd}";
}
