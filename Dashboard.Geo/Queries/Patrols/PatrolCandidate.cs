namespace Dashboard.Geo.Queries.Patrols;

/// <summary>
/// A place worth a patrol's visit: the point of a rat route nearest the base, or the centre of a high-risk cell.
/// <paramref name="Risk"/> is what visiting it covers; <paramref name="CellId"/> is the risk cell it lies in.
/// </summary>
public sealed record PatrolCandidate(
    string Id,
    string Name,
    PatrolCandidateKind Kind,
    double Longitude,
    double Latitude,
    double Risk,
    double DistanceKm,
    long? CellId,
    string? Detail);
