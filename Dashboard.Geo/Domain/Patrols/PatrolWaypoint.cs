namespace Dashboard.Geo.Domain.Patrols;

/// <summary>A stop of a saved patrol, in visiting order: a rat route's point or a high-risk cell.</summary>
public sealed class PatrolWaypoint
{
    /// <summary>"route:12" or "cell:4031", as the candidate ranking named it.</summary>
    public required string StopId { get; set; }

    public const int MaxNameLength = 200;

    public required string Name { get; set; }

    public double Longitude { get; set; }

    public double Latitude { get; set; }

    /// <summary>The risk the stop covered when the plan was made.</summary>
    public double Risk { get; set; }

    public double ServiceMinutes { get; set; }
}
