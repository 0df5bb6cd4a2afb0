using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Alerts;

/// <summary>
/// Something a rule found that a person should look at, with where it is, how urgent it is and the records it rests
/// on. Its life cycle is kept by <see cref="AlertLifecycle"/>; every step is a line in <see cref="Activities"/>.
/// </summary>
public sealed class Alert
{
    public long Id { get; set; }

    public AlertRule Rule { get; set; }

    public AlertSeverity Severity { get; set; }

    public AlertStatus Status { get; set; } = AlertStatus.New;

    /// <summary>
    /// What the alert is about, so a rule raises one alert per subject while it is open: "offloading:12" (a crossing),
    /// "report:345", "case:77", "ews:61:cases:2026-11-09".
    /// </summary>
    public required string SubjectKey { get; set; }

    /// <summary>The subject's name: the crossing, the rat route, the province or the destination country.</summary>
    public required string SubjectName { get; set; }

    /// <summary>The count that made the rule fire: offloadings, minors, observed cases; the distance in metres for a route.</summary>
    public int Count { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required Point Location { get; set; }

    public required string ProvinceCode { get; set; }

    public required string RegionName { get; set; }

    public List<AlertEvidence> Evidence { get; set; } = [];

    /// <summary>The office or person it is assigned to.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Who took it up last (acknowledged or assigned it), so others see it is being handled.</summary>
    public string? HandledBy { get; set; }

    public string? Resolution { get; set; }

    /// <summary>What followed, recorded when it was resolved (or dismissed, if the person said why).</summary>
    public AlertOutcome? Outcome { get; set; }

    public List<AlertActivity> Activities { get; set; } = [];

    /// <summary>PostgreSQL's row version (xmin): two people acting at once cannot overwrite each other.</summary>
    public uint Version { get; set; }

    public bool IsOpen => Status is not (AlertStatus.Resolved or AlertStatus.Dismissed);
}
