namespace Dashboard.Web.Demo;

/// <summary>A named place of the demo world: a crossing's or village's code, or a rat route's id.</summary>
public sealed record DemoFeedPlace(string Code, double Longitude, double Latitude);
