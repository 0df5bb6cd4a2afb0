namespace Dashboard.Geo.Disclosure;

/// <summary>
/// Readers of aggregates see the risk map as published on a schedule, not as recomputed after every field report:
/// two runs an hour apart differ only in the cells near the report that came in between, and would show where it
/// landed. They see one run at a time, the newest that had finished at the last publication time.
/// </summary>
public static class RiskPublication
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>The last publication instant at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset LastPublishedAt(DateTimeOffset now, RiskPublicationSchedule schedule, int hour)
    {
        var local = now.ToOffset(Wib);
        var at = new DateTimeOffset(local.Year, local.Month, local.Day, Math.Clamp(hour, 0, 23), 0, 0, Wib);
        if (at > local)
            at = at.AddDays(-1);
        if (schedule == RiskPublicationSchedule.Weekly)
            at = at.AddDays(-(((int)at.DayOfWeek + 6) % 7));
        return at;
    }

    /// <summary>The run published at <paramref name="publishedAt"/>: the newest that had finished by then; null before the first.</summary>
    public static int? PublishedRun(IEnumerable<(int Id, DateTimeOffset FinishedAt)> succeeded, DateTimeOffset publishedAt) =>
        succeeded.Where(r => r.FinishedAt <= publishedAt).OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id)
            .Select(r => (int?)r.Id).FirstOrDefault();
}
