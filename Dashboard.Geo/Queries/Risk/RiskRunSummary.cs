namespace Dashboard.Geo.Queries.Risk;

/// <summary>A run as the run selector lists it.</summary>
public sealed record RiskRunSummary(
    int Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Status, string Trigger, string ModelVersion,
    DateOnly AsOf, int CellCount, int HotSpotCount, string? InputCounts, string? StageDurations, string? Error);
