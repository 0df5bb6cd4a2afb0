namespace Dashboard.Geo.Situation;

/// <summary>A risk run finished: dashboards showing the latest risk map reload it.</summary>
public sealed record RiskMapSnapshot(int RunId, DateTimeOffset FinishedAt, int Cells);
