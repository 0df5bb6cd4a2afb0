using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Queries.Briefing;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Web.Disclosure;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Briefing;

/// <summary>
/// The briefing as readers of aggregates get it: a calendar period and the one before it (or a year earlier), figures
/// from the disclosure cube so a province and its regencies, a week and its quarter, are hidden consistently; risk
/// from the published run, rounded, with no change since another run; ranks by rounded risk and then by name.
/// </summary>
public sealed class AggregateBriefing(DisclosureService disclosure, RegionRiskQuery risk, WeeklyCasesQuery weekly, IOptions<EarlyWarningOptions> earlyWarning,
    IDbContextFactory<GeoDbContext> contexts, RiskDistributionQuery distributions)
{
    /// <summary>The calendar periods a request stands for; null with the reason when it cannot be shown to them.</summary>
    public (CalendarPeriod Main, CalendarPeriod Compare)? Periods(BriefingRequest request, out string? refusal)
    {
        refusal = null;
        var main = request.Rolling ? disclosure.LastEnded(request.Period.Days) : disclosure.Snap(request.Period.From, request.Period.To, out refusal);
        if (main is null)
            return null;
        return (main, request.AgainstYear ? main.YearBefore() : main.Previous());
    }

    public async Task<BriefingTable> TableAsync(BriefingRequest request, DisclosureLevel level, CancellationToken ct)
    {
        if (Periods(request, out var refusal) is not var (main, compare))
            throw new InvalidOperationException(refusal);
        var years = new Dictionary<int, DisclosedYear>();
        foreach (var year in new[] { main.Year, compare.Year }.Distinct())
            years[year] = await disclosure.YearAsync(year, level.K, ct);
        var now = years[main.Year];
        var before = years[compare.Year];
        var alerts = await disclosure.OpenAlertsAsync(level.K, ct);
        var runId = await disclosure.PublishedRiskRunAsync(ct);
        var risks = runId is null ? [] : (await risk.RankAsync(runId.Value, request.Level, request.Province, ct)).ToDictionary(r => r.Code);
        var scale = runId is null ? null : await distributions.ReadAsync(runId.Value, ct);
        var codes = request.Level == "province"
            ? now.Tree.Provinces
            : now.Tree.RegencyProvince.Where(r => r.Value == request.Province).Select(r => r.Key).ToList();
        var rows = codes.Select(code =>
            {
                var area = now.Areas[code];
                Figure Get(DisclosedYear y, CalendarPeriod p, Measure m) => y.Cube.Get(code, p, m) ?? new Figure(null, level.K);
                var cases = Get(now, main, Measure.Cases);
                var casesBefore = Get(before, compare, Measure.Cases);
                var r = risks.GetValueOrDefault(code);
                return new BriefingRow(0, code, area.Name,
                    r is null ? null : RiskClasses.Round(r.MeanScore), null, r?.HotCells ?? 0, r?.TopFactors ?? [],
                    alerts.TryGetValue(code, out var open) ? open.Text : new Figure(null, level.K).Text,
                    cases.Text, casesBefore.Text, cases.Value - casesBefore.Value is { } change ? (int)change : null,
                    Get(now, main, Measure.Victims).Text, Get(now, main, Measure.Minors).Text,
                    Get(now, main, Measure.Reports).Text, Get(before, compare, Measure.Reports).Text, Get(now, main, Measure.Offloadings).Text,
                    area.Longitude, area.Latitude, r is null || scale is null ? null : scale.BandOf(r.MeanScore));
            })
            // By what they can see: the rounded risk, then the name; never by a hidden count.
            .OrderByDescending(r => r.Risk ?? double.MinValue).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = runId is null ? null : await db.RiskRuns.AsNoTracking().Where(x => x.Id == runId).Select(x => new { x.ModelVersion, x.FinishedAt }).FirstOrDefaultAsync(ct);
        return new BriefingTable(request.Level, request.Province, new BriefingPeriod(main.From, main.To, compare.From, compare.To),
            runId, run?.ModelVersion, run?.FinishedAt, Suppressed: true, rows, level.Name, level.K, main.Key, compare.Key);
    }

    /// <summary>
    /// Weekly cases up to the last week that has ended, each week's figure from the cube (so a parent's week minus its
    /// children's gives nothing away), the baseline and alarm level in whole cases.
    /// </summary>
    public async Task<BriefingTrend> TrendAsync(string area, string name, int weeks, DisclosureLevel level, CancellationToken ct)
    {
        var lastEnded = WeeklyCasesQuery.WeekOf(disclosure.Today).AddDays(-7);
        var history = await weekly.ReadAsync(area, lastEnded, BriefingService.HistoryWeeks, ct);
        var points = TrendLine.Compute(history, weeks, earlyWarning.Value);
        var years = new Dictionary<int, DisclosedYear>();
        var shown = new List<BriefingTrendWeek>();
        foreach (var p in points)
        {
            var week = CalendarPeriod.Of(p.WeekStart, CalendarGranularity.Week);
            if (!years.TryGetValue(week.Year, out var year))
                years[week.Year] = year = await disclosure.YearAsync(week.Year, level.K, ct);
            var figure = year.Cube.Get(area, week, Measure.Cases) ?? new Figure(null, level.K);
            shown.Add(new BriefingTrendWeek(p.WeekStart, figure.Value is { } v ? (int)v : null, figure.Text, Math.Round(p.Expected), Math.Round(p.AlarmLevel), p.Alarm));
        }
        return new BriefingTrend(area, name, Suppressed: true, shown);
    }
}
