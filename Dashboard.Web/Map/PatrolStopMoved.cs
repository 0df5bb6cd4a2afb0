namespace Dashboard.Web.Map;

/// <summary>The planner dragged the stop at <paramref name="Index"/> (0-based, in visiting order) to a new place.</summary>
public sealed record PatrolStopMoved(int Index, double Longitude, double Latitude);
