using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Web.Briefing;

/// <summary>A region's weekly cases for the chart. For readers outside immigration a week under 5 has no count, only "&lt;5".</summary>
public sealed record BriefingTrend(string Area, string Name, bool Suppressed, IReadOnlyList<BriefingTrendWeek> Weeks);

public sealed record BriefingTrendWeek(DateOnly WeekStart, int? Count, string Label, double Expected, double AlarmLevel, bool Alarm)
{
    public static BriefingTrendWeek Of(TrendPoint p, bool suppress) =>
        suppress && p.Count < Geo.Queries.SmallCount.Threshold
            ? new(p.WeekStart, null, Geo.Queries.SmallCount.Show(p.Count), p.Expected, p.AlarmLevel, p.Alarm)
            : new(p.WeekStart, p.Count, p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Expected, p.AlarmLevel, p.Alarm);
}
