namespace Dashboard.Jobs.EarlyWarning;

/// <summary>A charted area and the provinces whose counts it sums, so a second stream can be pooled the same way.</summary>
public sealed record PooledArea(AreaSeries Area, IReadOnlyList<string> Members);
