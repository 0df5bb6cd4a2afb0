namespace Dashboard.Jobs.Patrols.Export;

/// <summary>
/// A point a patrol visits, as a handheld GPS shows it. <see cref="Name"/> is what the device lists, so it should be
/// short and unique within the route; <see cref="Description"/> is the longer note shown when the point is opened.
/// </summary>
public sealed record PatrolWaypoint(string Name, string? Description, double Longitude, double Latitude);
