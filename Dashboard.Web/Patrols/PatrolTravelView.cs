namespace Dashboard.Web.Patrols;

/// <summary>
/// How a plan's distances were measured, so a planner knows how far to trust them: along the travel network for the
/// base (when it joins it) and <paramref name="StopsOnNetwork"/> of the stops, straight lines × the detour factor for
/// the rest.
/// </summary>
public sealed record PatrolTravelView(bool BaseOnNetwork, int StopsOnNetwork, int Stops, double DetourFactor);
