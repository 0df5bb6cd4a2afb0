using Dashboard.Demo.RealGeography;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Geometries;

namespace Dashboard.Demo;

/// <summary>Synthetic rat routes: wandering lines from an Indonesian starting area to the border or a foreign shore.</summary>
internal sealed class RouteFactory(Random random, IReadOnlyList<BorderCrossing> crossings, DateOnly today)
{
    private static readonly string[] Sources = ["Patroli Imigrasi", "Laporan Pimpasa", "Informasi Polri", "Informasi TNI (Satgas Pamtas)", "Laporan masyarakat", "Intelijen Keimigrasian"];

    public RatRoute Create(int id)
    {
        var zone = random.Weighted(RouteZones.All, z => z.Weight);
        var spread = zone.Mode == RouteMode.SeaLane ? 0.08 : 0.05;
        var from = (zone.FromLon + random.Gaussian() * spread, zone.FromLat + random.Gaussian() * spread);
        var to = (zone.ToLon + random.Gaussian() * spread / 2, zone.ToLat + random.Gaussian() * spread / 2);
        var path = Wander(from, to, vertices: random.Next(4, 11));
        var activity = (ActivityLevel)random.Weighted([0, 1, 2, 3], a => a switch { 0 => 1, 1 => 3, 2 => 3, _ => 2 });
        var place = zone.Mode == RouteMode.River ? zone.Area : DemoNames.Place(random);
        return new RatRoute
        {
            Id = id,
            LocalName = zone.Mode switch
            {
                RouteMode.SeaLane => $"Jalur Laut {place} ({zone.Area})",
                RouteMode.River => $"Jalur {place} #{id}",
                _ => $"Jalur Tikus {place} ({zone.Area})",
            },
            Mode = zone.Mode,
            Activity = activity,
            Confidence = (Confidence)random.Next(1, 4),
            LastObserved = today.AddDays(-random.Next(activity == ActivityLevel.Dormant ? 200 : 3, activity == ActivityLevel.Dormant ? 900 : 180)),
            Source = random.Pick(Sources),
            NearestCrossingId = Nearest(path.Coordinate).Id,
            Path = path,
            IsSynthetic = true,
        };
    }

    private LineString Wander((double Lon, double Lat) from, (double Lon, double Lat) to, int vertices)
    {
        var (dx, dy) = (to.Lon - from.Lon, to.Lat - from.Lat);
        var length = Math.Sqrt(dx * dx + dy * dy);
        var (nx, ny) = (-dy / length, dx / length);
        var bend = random.Gaussian() * 0.15 * length;
        var points = new Coordinate[vertices];
        for (var i = 0; i < vertices; i++)
        {
            var t = (double)i / (vertices - 1);
            var offset = i == 0 || i == vertices - 1 ? 0 : bend * Math.Sin(Math.PI * t) + random.Gaussian() * 0.03 * length;
            points[i] = new Coordinate(Math.Round(from.Lon + dx * t + nx * offset, 5), Math.Round(from.Lat + dy * t + ny * offset, 5));
        }
        return Geometries.Factory.CreateLineString(points);
    }

    private BorderCrossing Nearest(Coordinate c) =>
        crossings.MinBy(x => (x.Location.X - c.X) * (x.Location.X - c.X) + (x.Location.Y - c.Y) * (x.Location.Y - c.Y))!;
}
