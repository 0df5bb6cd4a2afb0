namespace Dashboard.Geo.Reports;

/// <summary>What became of one submitted report: stored now, or recognised as one already stored.</summary>
public sealed record ReportStored(string IdempotencyKey, long Id, bool Duplicate);
