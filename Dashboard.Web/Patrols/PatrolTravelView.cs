namespace Dashboard.Web.Patrols;

/// <summary>
/// How distances were measured, so a planner knows how far to trust them: along the travel network for the base (when
/// it joins it) and <paramref name="StopsOnNetwork"/> of the <paramref name="Stops"/> stops (a plan's, or all the
/// candidates' on a suggestion), straight lines × the detour factor for the rest.
/// </summary>
public sealed record PatrolTravelView(bool BaseOnNetwork, int StopsOnNetwork, int Stops, double DetourFactor);
