namespace Dashboard.Geo.Domain.Alerts;

/// <summary>
/// What followed an alert, from a closed list so the evaluation can count it: the fifth part of the early warning
/// (learning which rules and offices find something) needs categories, not free text.
/// </summary>
public enum AlertOutcome
{
    VictimsIntercepted = 1,
    CaseOpened = 2,
    Referred = 3,
    PatrolFoundActivity = 4,
    NoFinding = 5,
    FalseAlarm = 6,
    Duplicate = 7,
}
