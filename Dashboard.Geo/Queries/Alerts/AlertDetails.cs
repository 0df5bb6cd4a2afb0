using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;

namespace Dashboard.Geo.Queries.Alerts;

/// <summary>An alert with its evidence and its whole audit trail, oldest step first.</summary>
public sealed record AlertDetails(AlertSnapshot Alert, string? Resolution, IReadOnlyList<AlertEvidence> Evidence, IReadOnlyList<AlertActivity> Activities,
    AlertOutcome? Outcome = null);
