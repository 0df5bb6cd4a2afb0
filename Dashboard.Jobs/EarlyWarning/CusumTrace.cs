namespace Dashboard.Jobs.EarlyWarning;

/// <summary>The CUSUM statistic week by week, and the weeks (indices) on which it crossed the threshold.</summary>
public sealed record CusumTrace(IReadOnlyList<double> Statistic, IReadOnlyList<int> AlarmWeeks);
