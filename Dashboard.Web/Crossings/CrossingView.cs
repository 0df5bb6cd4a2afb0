using Dashboard.Geo.Domain.Crossings;

namespace Dashboard.Web.Crossings;

/// <summary>An official crossing as the page and the API show it.</summary>
public sealed record CrossingView(
    int Id, string Code, string Name, string Kind, string Office, string ProvinceCode, string RegencyCode,
    double Longitude, double Latitude, int DailyPassengers, int InterviewOfficers, string? OpeningHours,
    bool IsPatrolBase, DateTimeOffset? RetiredAt, string? RetiredReason, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static CrossingView Of(BorderCrossing c) => new(c.Id, c.Code, c.Name, c.Kind.ToString(), c.ManagingOffice,
        c.ProvinceCode, c.RegencyCode, c.Location.X, c.Location.Y, c.DailyPassengers, c.InterviewOfficers, c.OpeningHours,
        c.IsPatrolBase, c.RetiredAt, c.RetiredReason, c.ChangedBy, c.ChangedAt);
}
