namespace Dashboard.Web.Patrols;

/// <summary>A crossing or post a patrol can leave from.</summary>
public sealed record PatrolBaseOption(string Code, string Name, string Kind, string ProvinceCode, double Longitude, double Latitude);
