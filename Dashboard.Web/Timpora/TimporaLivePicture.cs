using System.Security.Claims;
using Dashboard.Geo.Disclosure;
using Dashboard.Web.Audit;
using Dashboard.Web.Disclosure;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Timpora;

/// <summary>
/// The figures of a TIMPORA's live page, read through the disclosure service at the aggregate level for everyone, so a
/// member agency gets on this page exactly what the briefing would show it: ended calendar periods only (a running
/// one grows by the day and two reads would differ by that day's cases) and open alerts suppressed over the areas.
/// Alerts are not listed one by one: a list would count what the suppressed figure hides. Every read is audited.
/// </summary>
public sealed class TimporaLivePicture(DisclosureService disclosure, TimporaMembership membership, AccessLog audit, TimeProvider clock)
{
    /// <summary>The member's own TIMPORA; immigration staff may ask for an area they cover. Null when refused.</summary>
    /// <param name="asOf">On a refresh, the feed's sequence that prompted it: pages refreshing together share one count, and the
    /// refresh is not audited again (the page's opening was).</param>
    public async Task<TimporaLiveView?> ReadAsync(ClaimsPrincipal user, string? requestedArea, CancellationToken ct, long? asOf = null)
    {
        var seat = await membership.SeatOfAsync(user, ct);
        var area = user.IsImmigration() ? requestedArea ?? seat?.AreaCode ?? user.WorkingAreaCodes().FirstOrDefault() : seat?.AreaCode;
        if (area is null || TimporaAreaCode.LevelOf(area) is null || !user.MayRead(seat, area))
        {
            await audit.RecordAsync(user, "timpora.live", $"timpora {requestedArea ?? area ?? "-"}", rows: null, AuditOutcome.Refused, ct);
            return null;
        }
        var k = disclosure.Options.MinimumCount;
        var week = DisclosureCalendar.LastEnded(CalendarGranularity.Week, disclosure.Today);
        var quarter = DisclosureCalendar.LastEnded(CalendarGranularity.Quarter, disclosure.Today);
        var alerts = await disclosure.OpenAlertsAsync(k, ct, asOf);
        var weekYear = await disclosure.YearAsync(week.Year, k, ct);
        var quarterYear = quarter.Year == week.Year ? weekYear : await disclosure.YearAsync(quarter.Year, k, ct);
        if (!weekYear.Areas.TryGetValue(area, out var place))
        {
            await audit.RecordAsync(user, "timpora.live", $"timpora {area}", rows: null, AuditOutcome.Refused, ct);
            return null;
        }
        if (asOf is null)
            await audit.RecordAsync(user, "timpora.live", $"timpora {area}", rows: 1, AuditOutcome.Allowed, ct);
        return new TimporaLiveView(area, place.Name, place.Longitude, place.Latitude, k,
            alerts.TryGetValue(area, out var open) ? open.Text : Figure.Below(k),
            Period(weekYear, area, week, k), Period(quarterYear, area, quarter, k), clock.GetUtcNow());
    }

    private static TimporaLivePeriod Period(DisclosedYear year, string area, CalendarPeriod period, int k)
    {
        string Text(Measure m) => (year.Cube.Get(area, period, m) ?? new Figure(null, k)).Text;
        return new TimporaLivePeriod(period.Key, period.From, period.To, Text(Measure.Cases), Text(Measure.Victims), Text(Measure.Minors),
            Text(Measure.Reports), Text(Measure.Offloadings));
    }
}
