namespace Dashboard.Geo.Situation;

/// <summary>A row of the durable event log: the sequence is the order every client sees events in.</summary>
public sealed class SituationEvent
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public SituationEventType Type { get; set; }

    /// <summary>The message as JSON (<see cref="SituationJson"/>), without its sequence and time.</summary>
    public required string Payload { get; set; }
}
