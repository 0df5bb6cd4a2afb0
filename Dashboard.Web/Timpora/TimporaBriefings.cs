using Dashboard.Geo.Queries.Briefing;
using Dashboard.Web.Briefing;
using Dashboard.Web.Disclosure;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Takes the briefing a meeting opens from: the TIMPORA's regions (a province's regencies, or the one regency) for the
/// calendar period that holds the chair's days (or, while those days are still running, the last ended period of that
/// length), at the aggregate level every member agency reads, through the same
/// disclosure cube as the briefing page, so the record never shows a figure the page would hide.
/// </summary>
public sealed class TimporaBriefings
{
    public async Task<(TimporaBriefingSnapshot? Snapshot, string? Refusal)> TakeAsync(IServiceProvider services, string areaCode, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var briefing = services.GetRequiredService<AggregateBriefing>();
        var disclosure = services.GetRequiredService<DisclosureService>();
        var province = areaCode[..2];
        var request = new BriefingRequest("regency", province, new BriefingPeriod(from, to, from, to), Rolling: false);
        // The calendar period holding days of one ISO year is refused only while it still runs (it grows by the day):
        // then the last ended period of that length stands in. Days across two ISO years stay refused.
        var oneYear = System.Globalization.ISOWeek.GetYear(from.ToDateTime(TimeOnly.MinValue)) == System.Globalization.ISOWeek.GetYear(to.ToDateTime(TimeOnly.MinValue));
        if (briefing.Periods(request, out var refusal) is null && oneYear)
            request = request with { Rolling = true };
        if (briefing.Periods(request, out refusal) is null)
            return (null, refusal);
        var table = await briefing.TableAsync(request, new DisclosureLevel(true, disclosure.Options.MinimumCount), ct);
        return (TimporaBriefingSnapshot.Of(table, row => areaCode.Length == 2 || row.Code == areaCode), null);
    }
}
