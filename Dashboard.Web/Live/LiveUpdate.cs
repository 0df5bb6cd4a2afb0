using Dashboard.Geo.Situation;

namespace Dashboard.Web.Live;

/// <summary>What a batch of events changed for a live view: redraw alerts, toast and sound, recount tiles, reload risk.</summary>
public sealed record LiveUpdate(bool AlertsChanged, IReadOnlyList<AlertSnapshot> RaisedCritical, int ReportsReceived, bool RiskMapUpdated);
