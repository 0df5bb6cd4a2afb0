namespace Dashboard.Jobs.Patrols;

/// <summary>Where a patrol starts and ends its shift: an immigration office or a border post.</summary>
public sealed record PatrolBase(string Id, string Name, double Longitude, double Latitude);
