namespace Dashboard.Geo.Domain.RatRoutes;

/// <summary>How people move along an informal crossing.</summary>
public enum RouteMode
{
    LandPath = 1,
    SeaLane = 2,
    River = 3,
}
