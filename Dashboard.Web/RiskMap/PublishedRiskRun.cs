namespace Dashboard.Web.RiskMap;

/// <summary>The one run readers of aggregates see, and when it was published: no input counts, no stage timings, no other runs.</summary>
public sealed record PublishedRiskRun(int Id, DateTimeOffset? FinishedAt, string ModelVersion, DateOnly AsOf, DateTimeOffset PublishedAt, string Schedule);
