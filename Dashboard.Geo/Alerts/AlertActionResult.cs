using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;

namespace Dashboard.Geo.Alerts;

/// <summary>The outcome for one alert of a (possibly bulk) action: its new state, or why it was refused.</summary>
public sealed record AlertActionResult(long AlertId, AlertSnapshot? Alert, AlertRefusal? Refusal)
{
    public bool Applied => Refusal is null;
}

/// <summary>Every alert's outcome, and the logged events announcing the changes.</summary>
public sealed record AlertActionOutcome(IReadOnlyList<AlertActionResult> Results, IReadOnlyList<SituationMessage> Events);

/// <summary>What raising candidates changed, and the logged events announcing it.</summary>
public sealed record AlertRaiseOutcome(int Raised, int Updated, IReadOnlyList<SituationMessage> Events);
