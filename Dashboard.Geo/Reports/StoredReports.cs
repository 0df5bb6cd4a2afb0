using Dashboard.Geo.Situation;

namespace Dashboard.Geo.Reports;

/// <summary>What became of each report of a batch, and the logged event announcing the new ones (none if all were resent).</summary>
public sealed record StoredReports(IReadOnlyList<ReportStored> Reports, IReadOnlyList<SituationMessage> Events);
