namespace Dashboard.Jobs.Patrols;

/// <summary>
/// A place worth patrolling: a rat route's point or a high-risk grid cell's centre. <see cref="Risk"/> is what a
/// visit covers (≥ 0, in the risk map's units); <see cref="ServiceMinutes"/> is the time spent patrolling there.
/// </summary>
public sealed record PatrolStop(string Id, double Longitude, double Latitude, double Risk, double ServiceMinutes);
