using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// A land post at the Kalimantan border with a risk run around it: a square grid of 0.1° cells, two hot areas (one
/// 15 km east on an active land path, one 40 km north), a busy sea lane the land patrol must ignore, a dormant path,
/// and a very hot cell 150 km away, out of any shift's reach.
/// </summary>
internal static class PatrolWorld
{
    public const string BaseCode = "PLBN-UJI";
    public const double BaseLongitude = 110.30;
    public const double BaseLatitude = 0.30;
    private const int Edge = 4321;

    public static async Task<(int LandPath, int SeaLane, int Dormant)> EnsureAsync(GeoDbContext db)
    {
        if (db.BorderCrossings.Any(c => c.Code == BaseCode))
        {
            var ids = db.RatRoutes.Where(r => r.LocalName.StartsWith("Patroli Uji")).OrderBy(r => r.Id).Select(r => r.Id).ToList();
            return (ids[0], ids[1], ids[2]);
        }
        if (!db.Provinces.Any(p => p.Code == "61"))
        {
            db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) });
            db.Regencies.Add(new Regency { Code = "61.05", ProvinceCode = "61", Name = "Kabupaten Sanggau", Seat = Geometries.Point(110.6, 0.12) });
        }
        db.BorderCrossings.Add(new BorderCrossing
        {
            Code = BaseCode, Name = "PLBN Uji", Kind = CrossingKind.LandBorderPost, ManagingOffice = "Kanim Uji",
            ProvinceCode = "61", RegencyCode = "61.05", Location = Geometries.Point(BaseLongitude, BaseLatitude), DailyPassengers = 800, InterviewOfficers = 2,
        });
        var land = Route("Patroli Uji Jalan Setapak", RouteMode.LandPath, ActivityLevel.High, (110.40, 0.25), (110.48, 0.35));
        var sea = Route("Patroli Uji Alur Laut", RouteMode.SeaLane, ActivityLevel.High, (110.25, 0.45), (110.32, 0.58));
        var dormant = Route("Patroli Uji Jalur Lama", RouteMode.LandPath, ActivityLevel.Dormant, (110.20, 0.20), (110.22, 0.10));
        db.RatRoutes.AddRange(land, sea, dormant);
        var run = new RiskRun
        {
            StartedAt = DateTimeOffset.UtcNow.AddMinutes(-5), FinishedAt = DateTimeOffset.UtcNow.AddMinutes(-4), Status = RiskRunStatus.Succeeded,
            Trigger = "test", ModelVersion = "test", AsOf = DateOnly.FromDateTime(DateTime.UtcNow), GridEdgeMetres = Edge, Parameters = "{}",
        };
        db.RiskRuns.Add(run);
        await db.SaveChangesAsync();

        long id = 0;
        for (var lon = 109.9; lon < 110.8; lon += 0.1)
        {
            for (var row = 0; row < 9; row++)
            {
                var lat = -0.1 + row * 0.1;
                id++;
                db.GridCells.Add(Cell(id, lon, lat));
                db.CellRisks.Add(new CellRisk { RunId = run.Id, CellId = id, Score = ScoreAt(lon + 0.05, lat + 0.05) });
            }
        }
        // Very hot, but 150 km east: no 6-hour land shift reaches it.
        db.GridCells.Add(Cell(++id, 111.65, 0.3));
        db.CellRisks.Add(new CellRisk { RunId = run.Id, CellId = id, Score = 5.0 });
        await db.SaveChangesAsync();
        return (land.Id, sea.Id, dormant.Id);
    }

    /// <summary>Hot east of the base (around the land path) and 40 km north; low elsewhere.</summary>
    public static double ScoreAt(double lon, double lat)
    {
        double Bump(double x, double y, double height) => height * Math.Exp(-(Math.Pow(lon - x, 2) + Math.Pow(lat - y, 2)) / 0.01);
        return Math.Round(0.05 + Bump(110.45, 0.3, 1.0) + Bump(110.3, 0.65, 0.8), 4);
    }

    private static GridCell Cell(long id, double lon, double lat) => new()
    {
        EdgeMetres = Edge, Id = id,
        Boundary = Geometries.Factory.CreatePolygon([new(lon, lat), new(lon + 0.1, lat), new(lon + 0.1, lat + 0.1), new(lon, lat + 0.1), new(lon, lat)]),
        Centre = Geometries.Point(lon + 0.05, lat + 0.05),
    };

    private static RatRoute Route(string name, RouteMode mode, ActivityLevel activity, (double, double) from, (double, double) to) => new()
    {
        LocalName = name, Mode = mode, Activity = activity, LastObserved = new DateOnly(2026, 11, 1), Confidence = Confidence.Confirmed,
        Source = "patroli", Path = Geometries.Line(from, to),
    };
}
