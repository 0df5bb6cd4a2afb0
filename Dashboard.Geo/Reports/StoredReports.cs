using Dashboard.Geo.Situation;

namespace Dashboard.Geo.Reports;

/// <summary>
/// What became of each report of a batch, and the logged event announcing the new ones (none if all were resent); or,
/// when a key was already stored with other content, those keys and nothing stored.
/// </summary>
public sealed record StoredReports(IReadOnlyList<ReportStored> Reports, IReadOnlyList<SituationMessage> Events, IReadOnlyList<string>? ConflictingKeys = null)
{
    public bool Conflict => ConflictingKeys is { Count: > 0 };
}
