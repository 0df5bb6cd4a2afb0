using Dashboard.Geo.Domain.Crossings;

namespace Dashboard.Demo.RealGeography;

/// <summary>A real checkpoint or land border post, with realistic (not official) traffic and staffing figures.</summary>
public sealed record CrossingSite(
    string Code, string Name, CrossingKind Kind, string Office, string RegencyCode,
    double Longitude, double Latitude, int DailyPassengers, int InterviewOfficers);
