namespace Dashboard.Geo.Domain.RatRoutes;

/// <summary>How sure the service is that the route exists and runs where it is drawn.</summary>
public enum Confidence
{
    Unconfirmed = 1,
    Probable = 2,
    Confirmed = 3,
}
