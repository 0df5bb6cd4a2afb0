using Dashboard.Geo.Time;
using System.Security.Claims;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries;
using Dashboard.Geo.Queries.Briefing;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Web.Audit;
using Dashboard.Web.Disclosure;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Briefing;

/// <summary>
/// The TIMPORA briefing: regions ranked by risk with what happened in them, and a region's weekly trend. Every read
/// is recorded in the audit log; readers outside the immigration service get the figures of <see cref="AggregateBriefing"/>.
/// </summary>
public sealed class BriefingService(IDbContextFactory<GeoDbContext> contexts, RegionActivityQuery activity, RegionRiskQuery risk,
    WeeklyCasesQuery weekly, IOptions<EarlyWarningOptions> earlyWarning, AccessLog log, TimeProvider clock,
    DisclosureService disclosure, AggregateBriefing aggregates, RiskDistributionQuery distributions)
{
    public static readonly int[] PeriodChoices = [7, 28, 91, 182, 364];

    /// <summary>What readers of aggregates choose from: the last ended ISO week, quarter and year.</summary>
    public static readonly int[] CalendarChoices = [7, 91, 364];
    public const int HistoryWeeks = 208;

    public DateOnly Today => clock.HeadquartersToday();

    public Task<BriefingTable> TableAsync(ClaimsPrincipal user, string level, string? province, BriefingPeriod period, CancellationToken ct) =>
        TableAsync(user, new BriefingRequest(level, province, period, Rolling: period.To == Today,
            AgainstYear: period.CompareFrom == period.From.AddYears(-1) && period.CompareTo == period.To.AddYears(-1)), exportK: null, export: false, ct);

    /// <summary>
    /// Why this reader cannot have this period, or null: readers of aggregates get calendar periods that have ended.
    /// </summary>
    public string? Refusal(ClaimsPrincipal user, BriefingRequest request, int? exportK = null, bool export = false)
    {
        var level = export ? disclosure.ExportLevelFor(user, exportK) : disclosure.LevelFor(user);
        if (!level.AggregatesOnly)
            return null;
        aggregates.Periods(request, out var refusal);
        return refusal;
    }

    /// <param name="export">An export (CSV, GeoJSON): made at the export k for other agencies, or for anyone who asks for a k.</param>
    public async Task<BriefingTable> TableAsync(ClaimsPrincipal user, BriefingRequest request, int? exportK, bool export, CancellationToken ct)
    {
        var disclosed = export ? disclosure.ExportLevelFor(user, exportK) : disclosure.LevelFor(user);
        var (level, province, period) = (request.Level, request.Province, request.Period);
        await log.RecordAsync(user, "briefing.regions", Describe(level, province, period), ct);
        if (disclosed.AggregatesOnly)
            return await aggregates.TableAsync(request, disclosed, ct);
        const bool suppress = false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await Geo.Domain.Risk.RiskRunScopes.LatestFirst(db.RiskRuns.AsNoTracking()).FirstOrDefaultAsync(ct);
        var risks = run is null ? [] : (await risk.RankAsync(run.Id, level, province, ct)).ToDictionary(r => r.Code);
        var scale = run is null ? null : await distributions.ReadAsync(run.Id, ct);
        var rows = (await activity.ReadAsync(level, province, period, ct))
            .OrderByDescending(a => risks.TryGetValue(a.Code, out var r) ? r.MeanScore : double.MinValue)
            .ThenByDescending(a => a.Cases)
            .Select((a, i) => Row(i + 1, a, risks.GetValueOrDefault(a.Code), scale, suppress))
            .ToList();
        return new BriefingTable(level, province, period, run?.Id, run?.ModelVersion, run?.FinishedAt, suppress, rows);
    }

    public async Task<BriefingTrend> TrendAsync(ClaimsPrincipal user, string area, int weeks, CancellationToken ct)
    {
        var disclosed = disclosure.LevelFor(user);
        await log.RecordAsync(user, "briefing.trend", $"area={area} weeks={weeks}", ct);
        if (disclosed.AggregatesOnly)
            return await aggregates.TrendAsync(area, await NameAsync(area, ct), weeks, disclosed, ct);
        const bool suppress = false;
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

    private static BriefingRow Row(int rank, RegionActivity a, RegionRiskRow? r, RiskDistribution? scale, bool suppress)
    {
        string Count(int n) => suppress ? SmallCount.Show(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var small = a.Cases < SmallCount.Threshold || a.CasesBefore < SmallCount.Threshold;
        return new BriefingRow(rank, a.Code, a.Name,
            r is null ? null : Math.Round(r.MeanScore, 4), r?.ChangeSincePreviousRun is { } c ? Math.Round(c, 4) : null, r?.HotCells ?? 0, r?.TopFactors ?? [],
            Count(a.OpenAlerts), Count(a.Cases), Count(a.CasesBefore), suppress && small ? null : a.Cases - a.CasesBefore,
            Count(a.Victims), Count(a.Minors), Count(a.Reports), Count(a.ReportsBefore), Count(a.Offloadings),
            a.SeatLongitude, a.SeatLatitude, r is null || scale is null ? null : scale.BandOf(r.MeanScore));
    }

    private static string Describe(string level, string? province, BriefingPeriod p) =>
        $"level={level} province={province ?? "-"} from={p.From:yyyy-MM-dd} to={p.To:yyyy-MM-dd}";
}
