namespace Dashboard.Jobs.EarlyWarning;

/// <summary>Weekly counts of one area (a province, an island group or the nation), aligned with a list of weeks.</summary>
public sealed record AreaSeries(string Code, string Name, int[] Counts);
