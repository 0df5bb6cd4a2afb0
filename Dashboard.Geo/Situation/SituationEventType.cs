namespace Dashboard.Geo.Situation;

/// <summary>The kinds of event every watching dashboard hears about.</summary>
public enum SituationEventType
{
    /// <summary>Field reports were stored (one event per accepted batch).</summary>
    ReportsReceived = 1,

    AlertRaised = 2,

    /// <summary>An alert moved through its life cycle, got a comment or more evidence.</summary>
    AlertChanged = 3,

    RiskMapUpdated = 4,
}
