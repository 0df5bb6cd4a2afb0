using System.Globalization;
using System.Security.Claims;
using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Disclosure;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Disclosure;

/// <summary>
/// The one place readers of aggregates get figures from: who is one, the calendar period a request stands for, a
/// year's figures after suppression, open alerts per area, and the risk run published to them. The briefing, the
/// map's cases layer, the risk API and exports all ask here, so the same figure is hidden the same way on every path.
/// </summary>
public sealed class DisclosureService(DisclosureSourceQuery source, IDbContextFactory<GeoDbContext> contexts, IOptions<DisclosureOptions> options,
    TimeProvider clock)
{
    /// <summary>How long a year's figures are reused: a briefing page asks for the same year three or four times at once.</summary>
    public static readonly TimeSpan Reuse = TimeSpan.FromMinutes(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Year, int K, DateOnly Today), (DateTimeOffset At, Task<DisclosedYear> Year)> _years = new();

    public DisclosureOptions Options => options.Value;

    /// <summary>Today in Western Indonesia, the day the calendar counts from.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static bool AggregatesOnly(ClaimsPrincipal user) => !CaseAccess.MaySeeIndividualCases(user);

    /// <summary>The level a reader gets; <paramref name="exportK"/> asks for a partner export at that k (never below the minimum).</summary>
    public DisclosureLevel LevelFor(ClaimsPrincipal user, int? exportK = null) =>
        exportK is not null ? new(true, Options.ExportK(exportK))
        : AggregatesOnly(user) ? new(true, Options.MinimumCount)
        : new(false, 0);

    /// <summary>The level of an export (CSV, GeoJSON): other agencies always at the export k; immigration in detail unless it asks for a k.</summary>
    public DisclosureLevel ExportLevelFor(ClaimsPrincipal user, int? exportK) =>
        exportK is not null || AggregatesOnly(user) ? new(true, Options.ExportK(exportK)) : new(false, 0);

    /// <summary>
    /// The calendar period a day-level request stands for: snapped outward to the week, quarter or year that holds it.
    /// Refused (with the reason) when it spans two ISO years or has not ended yet: a period still running grows day by
    /// day, and two reads a day apart would differ by that day's cases.
    /// </summary>
    public CalendarPeriod? Snap(DateOnly from, DateOnly to, out string? refusal)
    {
        refusal = null;
        var period = DisclosureCalendar.Snap(from, to);
        if (period is null)
            refusal = string.Create(CultureInfo.InvariantCulture,
                $"other agencies see calendar periods (ISO weeks, quarters, years); {from:yyyy-MM-dd} to {to:yyyy-MM-dd} spans two ISO years.");
        else if (!period.HasEndedBy(Today))
            refusal = string.Create(CultureInfo.InvariantCulture,
                $"other agencies see calendar periods that have ended; {from:yyyy-MM-dd} to {to:yyyy-MM-dd} falls in {period.Key}, which ends on {period.To:yyyy-MM-dd}.");
        return refusal is null ? period : null;
    }

    /// <summary>"The last N days" for a reader of aggregates: the newest ended week, quarter or year.</summary>
    public CalendarPeriod LastEnded(int days) => DisclosureCalendar.LastEnded(DisclosureCalendar.ForDays(days), Today);

    /// <summary>A year's figures at the page's k, and at <paramref name="k"/> within them when it is higher.</summary>
    public Task<DisclosedYear> YearAsync(int isoYear, int k, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var key = (isoYear, k, Today);
        foreach (var stale in _years.Where(e => now - e.Value.At > Reuse || e.Value.Year.IsFaulted || e.Value.Year.IsCanceled).Select(e => e.Key).ToList())
            _years.TryRemove(stale, out _);
        // Not the caller's token: the figures are shared, and one reader leaving must not cancel them for another.
        return _years.GetOrAdd(key, _ => (now, BuildYearAsync(isoYear, k, CancellationToken.None))).Year.WaitAsync(ct);
    }

    private readonly Lock _openAlertsGate = new();
    private (long AsOf, Task<IReadOnlyDictionary<string, long>> Counts)? _openAlerts;

    private Task<IReadOnlyDictionary<string, long>> OpenAlertCountsAsync(long? asOf, CancellationToken ct)
    {
        if (asOf is not { } mark)
            return source.OpenAlertsAsync(ct);
        lock (_openAlertsGate)
        {
            if (_openAlerts is not { } shared || shared.AsOf != mark || shared.Counts.IsFaulted || shared.Counts.IsCanceled)
                _openAlerts = shared = (mark, source.OpenAlertsAsync(CancellationToken.None));
            return shared.Counts.WaitAsync(ct);
        }
    }

    private async Task<DisclosedYear> BuildYearAsync(int isoYear, int k, CancellationToken ct)
    {
        var areas = await source.AreasAsync(ct);
        var tree = Tree(areas);
        var periods = DisclosureCalendar.EndedIn(isoYear, Today);
        var year = new CalendarPeriod(CalendarGranularity.Year, isoYear, 1);
        var counts = await source.WeeksAsync(year.From, year.To, ct);
        var cube = DisclosureCube.Build(tree, periods, counts, Options.MinimumCount);
        if (k > Options.MinimumCount)
            cube = DisclosureCube.Build(tree, periods, counts, k, within: cube);
        return new DisclosedYear(isoYear, cube, tree, areas.ToDictionary(a => a.Code, StringComparer.Ordinal));
    }

    /// <summary>Alerts open now per area, suppressed over the partition.</summary>
    /// <param name="asOf">
    /// The situation feed's sequence the reader has seen: every page refreshing on the same batch of events shares one
    /// count of open alerts instead of one query each; a later batch counts again, so nobody reads a count older than
    /// what they were told of.
    /// </param>
    public async Task<IReadOnlyDictionary<string, Figure>> OpenAlertsAsync(int k, CancellationToken ct, long? asOf = null)
    {
        var tree = Tree(await source.AreasAsync(ct));
        var counts = await OpenAlertCountsAsync(asOf, ct);
        var figures = AreaFigures.Hide(tree, counts, Options.MinimumCount);
        if (k <= Options.MinimumCount)
            return figures;
        // At a higher k, whatever the page hides stays hidden.
        var higher = AreaFigures.Hide(tree, counts, k);
        return higher.ToDictionary(f => f.Key, f => figures[f.Key].Hidden ? new Figure(null, k) : f.Value, StringComparer.Ordinal);
    }

    /// <summary>The risk run readers of aggregates see: the newest that had finished at the last publication time.</summary>
    public async Task<int?> PublishedRiskRunAsync(CancellationToken ct)
    {
        var at = RiskPublication.LastPublishedAt(clock.GetUtcNow(), Options.RiskPublication, Options.RiskPublicationHour);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.RiskRuns.AsNoTracking().Succeeded()
            .Where(r => r.FinishedAt != null && r.FinishedAt <= at.ToUniversalTime())
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.FinishedAt })
            .FirstOrDefaultAsync(ct);
        return run is null ? null : RiskPublication.PublishedRun([(run.Id, run.FinishedAt!.Value)], at);
    }

    private static AreaTree Tree(IEnumerable<DisclosedArea> areas)
    {
        var list = areas.ToList();
        return new AreaTree(list.Where(a => a.ProvinceCode is null).Select(a => a.Code),
            list.Where(a => a.ProvinceCode is not null).ToDictionary(a => a.Code, a => a.ProvinceCode!, StringComparer.Ordinal));
    }
}
