namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// One week on which an area's chart crossed its threshold, with the series that led there. A two-stream chart also
/// carries the weighted reports and their baseline; the counts and baseline are then the cases'.
/// </summary>
public sealed record EarlyWarningBreach(
    string AreaCode, string AreaName, string Stream, DateOnly Week, int Observed, double Expected,
    double Statistic, double Threshold, double ShiftRatio,
    IReadOnlyList<DateOnly> EvidenceWeeks, IReadOnlyList<int> EvidenceCounts, IReadOnlyList<double> EvidenceBaseline, IReadOnlyList<double> EvidenceStatistic,
    IReadOnlyList<double>? EvidenceReports = null, IReadOnlyList<double>? EvidenceReportBaseline = null);
