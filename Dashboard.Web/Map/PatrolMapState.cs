namespace Dashboard.Web.Map;

/// <summary>A patrol as the map draws it; labels are already in the user's language.</summary>
public sealed record PatrolMapState(PatrolMapPoint Base, IReadOnlyList<PatrolMapCandidate> Candidates, IReadOnlyList<PatrolMapPoint> Stops, bool Fit,
    IReadOnlyList<double[]>? Path = null);

public sealed record PatrolMapPoint(string Name, double Longitude, double Latitude);

public sealed record PatrolMapCandidate(string Id, string Name, double Longitude, double Latitude, double Risk, string RiskLabel, bool InPlan);
