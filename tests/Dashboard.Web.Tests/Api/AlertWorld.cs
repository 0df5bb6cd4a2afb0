using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;

namespace Dashboard.Web.Tests.Api;

/// <summary>The few places the alert rules need: a province and regency, a seaport checkpoint and an active rat route.</summary>
internal static class AlertWorld
{
    private static int _worlds;

    /// <summary>Each call gets its own port and route, 40 km from the last, so no test's reports count for another's.</summary>
    public static async Task<(BorderCrossing Port, RatRoute Route)> EnsureAsync(GeoDbContext db, string suffix)
    {
        var shift = Interlocked.Increment( ref _worlds) * 0.36;
        // Eastward across Kalimantan's interior, so every world (and every report about it) lies on Indonesian land.
        var (portLongitude, portLatitude) = (111.5 + shift, -0.5 - shift / 4);
        if (!db.Provinces.Any(p => p.Code == "21"))
        {
            db.Provinces.Add(new Province { Code = "21", Name = "Kepulauan Riau", Seat = Geometries.Point(104.45, 0.92) });
            db.Regencies.Add(new Regency { Code = "21.71", ProvinceCode = "21", Name = "Kota Batam", Seat = Geometries.Point(104.03, 1.13) });
            await db.SaveChangesAsync();
        }
        var port = new BorderCrossing
        {
            Code = $"TPI-{suffix}", Name = $"Pelabuhan Uji {suffix}", Kind = CrossingKind.Seaport, ManagingOffice = "Kanim Batam",
            ProvinceCode = "21", RegencyCode = "21.71", Location = Geometries.Point(portLongitude, portLatitude), DailyPassengers = 5000, InterviewOfficers = 4,
        };
        var route = new RatRoute
        {
            LocalName = $"Jalur Uji {suffix}", Mode = RouteMode.SeaLane, Activity = ActivityLevel.High, LastObserved = new DateOnly(2026, 11, 1),
            Confidence = Confidence.Confirmed, Source = "patroli", Path = Geometries.Line((portLongitude + 0.20, portLatitude - 0.15), (portLongitude + 0.30, portLatitude - 0.05)),
        };
        db.BorderCrossings.Add(port);
        db.RatRoutes.Add(route);
        await db.SaveChangesAsync();
        return (port, route);
    }
}
