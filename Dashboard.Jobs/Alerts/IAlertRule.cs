using Dashboard.Geo.Alerts;

namespace Dashboard.Jobs.Alerts;

/// <summary>One rule: reads the database and says which alerts should exist.</summary>
public interface IAlertRule
{
    Task<IReadOnlyList<AlertCandidate>> FindAsync(AlertScope scope, CancellationToken ct);
}
