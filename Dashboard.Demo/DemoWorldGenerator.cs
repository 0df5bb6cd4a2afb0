using Dashboard.Demo.RealGeography;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Spatial;

namespace Dashboard.Demo;

/// <summary>
/// Makes the demo world from real public geography (provinces, regencies, checkpoints) and synthetic operational
/// data (rat routes, assisted villages, cases), deterministically: the same options give the same world.
/// </summary>
public static class DemoWorldGenerator
{
    public static DemoWorld Generate(DemoWorldOptions options)
    {
        var random = new Random(options.Seed);
        var provinces = Provinces.All.Select(p => new Province { Code = p.Code, Name = p.Name, Seat = Geometries.Point(p.Longitude, p.Latitude) }).ToList();
        var regencies = Regencies.All.Select(r => new Regency
        {
            Code = r.Code, ProvinceCode = r.ProvinceCode, Name = r.Name, Seat = Geometries.Point(r.Longitude, r.Latitude),
        }).ToList();
        var crossings = RealGeography.Crossings.All.Select((c, i) => new BorderCrossing
        {
            Id = i + 1, Code = c.Code, Name = c.Name, Kind = c.Kind, ManagingOffice = c.Office,
            ProvinceCode = c.RegencyCode[..2], RegencyCode = c.RegencyCode, Location = Geometries.Point(c.Longitude, c.Latitude),
            DailyPassengers = c.DailyPassengers, InterviewOfficers = c.InterviewOfficers,
        }).ToList();

        var routeFactory = new RouteFactory(random, crossings, options.Today);
        var routes = Enumerable.Range(1, options.RatRouteCount).Select(routeFactory.Create).ToList();
        var villageFactory = new VillageFactory(random, options.Today);
        var villages = Enumerable.Range(1, options.VillageCount).Select(villageFactory.Create).ToList();
        var cases = GenerateCases(options, random, crossings, routes);
        return new DemoWorld(provinces, regencies, crossings, routes, villages, cases);
    }

    private static List<CaseOrigin> GenerateCases(DemoWorldOptions options, Random random, List<BorderCrossing> crossings, List<Dashboard.Geo.Domain.RatRoutes.RatRoute> routes)
    {
        var start = options.Today.AddYears(-options.HistoryYears);
        var factory = new CaseFactory(random, options.Today, crossings, routes);
        var cases = new List<CaseOrigin>(options.CaseCount + 64);
        long id = 0;
        foreach (var (year, month, share) in CaseCalendar.Months(start, options.Today))
        {
            var first = new DateOnly(year, month, 1);
            var from = first < start ? start : first;
            var to = first.AddMonths(1).AddDays(-1) is var last && last > options.Today ? options.Today : last;
            var count = (int)Math.Round(share * options.CaseCount);
            for (var i = 0; i < count; i++)
                cases.Add(factory.Create(++id, from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1))));
        }
        return cases;
    }
}
