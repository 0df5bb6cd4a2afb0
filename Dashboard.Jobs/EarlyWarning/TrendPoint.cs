namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// One week of a region's trend: the count, what the seasonal baseline expected, and the early-warning threshold as a
/// count: a week at or above it raises the alarm on its own (less is needed after weeks above the baseline).
/// </summary>
public sealed record TrendPoint(DateOnly WeekStart, int Count, double Expected, double AlarmLevel, bool Alarm);
