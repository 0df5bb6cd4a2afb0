using Dashboard.Geo.Situation;

namespace Dashboard.Web.Live;

/// <summary>
/// What a batch of events changed for a live view: redraw alerts, toast and sound (critical), the banner (high and
/// critical), recount tiles, reload risk.
/// </summary>
public sealed record LiveUpdate(bool AlertsChanged, IReadOnlyList<AlertSnapshot> RaisedCritical, int ReportsReceived, bool RiskMapUpdated)
{
    /// <summary>Newly raised High and Critical alerts, in the order they were raised.</summary>
    public IReadOnlyList<AlertSnapshot> RaisedUrgent { get; init; } = [];
}
