namespace Dashboard.Geo.Domain.RatRoutes;

/// <summary>How much use a rat route is seeing, as last assessed.</summary>
public enum ActivityLevel
{
    Dormant = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
