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
        var start = options.Today.AddYears(-options.HistoryYears);
        var factory = new CaseFactory(random, options.Today, crossings, routes);
        if (options.Scenario == DemoScenario.Shifting)
        {
            var networks = new ShiftingNetworks(random, Regencies.All.Select(r => r.Code), CaseFactory.VillagesPerRegency, start, options.Today);
            factory.Shift(networks);
            var cases = GenerateCases(options, random, factory, start, shifting: true);
            return new DemoWorld(provinces, regencies, crossings, routes, villages, cases) { TrueIntensity = (from, to) => Expected(factory, networks, from, to) };
        }
        return new DemoWorld(provinces, regencies, crossings, routes, villages, GenerateCases(options, random, factory, start, shifting: false));
    }

    /// <summary>A near-repeat case follows a case from the same village with this probability, within 30 days.</summary>
    private const double FollowOnChance = 0.3;

    private static List<CaseOrigin> GenerateCases(DemoWorldOptions options, Random random, CaseFactory factory, DateOnly start, bool shifting)
    {
        var cases = new List<CaseOrigin>(options.CaseCount + 64);
        long id = 0;
        foreach (var (year, month, share) in CaseCalendar.Months(start, options.Today))
        {
            var first = new DateOnly(year, month, 1);
            var from = first < start ? start : first;
            var to = first.AddMonths(1).AddDays(-1) is var last && last > options.Today ? options.Today : last;
            // Shifting: a month's count is overdispersed (a gamma-distributed factor, mean 1, dispersion 0.2), and a
            // part of it comes as follow-ons, so the total stays near the calendar's.
            var expected = share * options.CaseCount * (shifting ? Gamma5(random) / (1 + FollowOnChance) : 1);
            var count = (int)Math.Round(expected);
            for (var i = 0; i < count; i++)
            {
                var origin = factory.Create(++id, from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1)));
                cases.Add(origin);
                if (shifting && random.Chance(FollowOnChance) && origin.ReportedOn.AddDays(random.Next(1, 31)) is var later && later <= options.Today)
                    cases.Add(factory.FollowOn(++id, later, origin));
            }
        }
        return cases;
    }

    /// <summary>Gamma with shape 5 and mean 1: the sum of five exponentials over five.</summary>
    private static double Gamma5(Random random) =>
        Enumerable.Range(0, 5).Sum(_ => -Math.Log(1 - random.NextDouble())) / 5;

    private static List<(double, double, double)> Expected(CaseFactory factory, ShiftingNetworks networks, DateOnly from, DateOnly to)
    {
        var totalWeight = Regencies.All.Sum(r => r.OriginWeight);
        var expected = new List<(double, double, double)>();
        foreach (var regency in Regencies.All)
        {
            var shares = networks.Shares(regency.Code, from, to);
            var villages = factory.OriginVillages[regency.Code];
            for (var i = 0; i < villages.Length; i++)
                expected.Add((villages[i].Lon, villages[i].Lat, regency.OriginWeight / totalWeight * shares[i]));
        }
        return expected;
    }
}
