namespace Dashboard.Geo.Situation;

/// <summary>
/// One event of the durable log, as the hub sends it. The sequence number orders all events and lets a client that
/// was away ask for exactly what it missed. Exactly one of the bodies is set, as <see cref="Type"/> says.
/// </summary>
public sealed record SituationMessage(
    long Sequence,
    DateTimeOffset At,
    SituationEventType Type,
    AlertSnapshot? Alert = null,
    IReadOnlyList<ReportSnapshot>? Reports = null,
    RiskMapSnapshot? RiskMap = null)
{
    public static SituationMessage Draft(AlertSnapshot alert, bool raised) =>
        new(0, default, raised ? SituationEventType.AlertRaised : SituationEventType.AlertChanged, Alert: alert);

    public static SituationMessage Draft(IReadOnlyList<ReportSnapshot> reports) => new(0, default, SituationEventType.ReportsReceived, Reports: reports);

    public static SituationMessage Draft(RiskMapSnapshot riskMap) => new(0, default, SituationEventType.RiskMapUpdated, RiskMap: riskMap);
}
