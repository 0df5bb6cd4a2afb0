using Dashboard.Demo.RealGeography;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Spatial;

namespace Dashboard.Demo;

/// <summary>Synthetic case origins at village precision, shaped by region, season, modus and the June 2023 surge.</summary>
internal sealed class CaseFactory
{
    private static readonly (string Agency, string Prefix, double Weight)[] Agencies =
        [("Polri", "LP/B", 55), ("Imigrasi", "IMI/TPPO", 20), ("BP2MI", "BP2MI/PGD", 15), ("KemenPPPA", "PPPA/ADU", 10)];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    private static readonly HashSet<string> NearDestinations = ["MY", "SG", "BN"];

    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<BorderCrossing> _airports;
    private readonly IReadOnlyList<BorderCrossing> _crossings;
    private readonly IReadOnlyList<RatRoute> _routes;
    private readonly Dictionary<string, (double Lon, double Lat, string Code)[]> _originVillages = [];
    private ShiftingNetworks? _shifting;

    public const int VillagesPerRegency = 25;

    public CaseFactory(Random random, DateOnly today, IReadOnlyList<BorderCrossing> crossings, IReadOnlyList<RatRoute> routes)
    {
        (_random, _today, _crossings, _routes) = (random, today, crossings, routes);
        _airports = crossings.Where(c => c.Kind == CrossingKind.Airport && c.DailyPassengers >= 900).ToList();
        foreach (var regency in Regencies.All)
        {
            // 25 villages per regency that cases come from; a few of them send most (a Zipf-like draw below).
            _originVillages[regency.Code] = Enumerable.Range(0, VillagesPerRegency)
                .Select(i => (Math.Round(regency.Longitude + random.Gaussian() * 0.1, 4), Math.Round(regency.Latitude + random.Gaussian() * 0.1, 4),
                    $"{regency.Code}.{10 + i / 10:00}.{2001 + i:0000}"))
                .ToArray();
        }
    }

    /// <summary>The regencies' origin villages, by regency code, in the order the networks index them.</summary>
    public IReadOnlyDictionary<string, (double Lon, double Lat, string Code)[]> OriginVillages => _originVillages;

    /// <summary>From now on villages are drawn by the shifting networks' weights (the steady Zipf-like draw otherwise).</summary>
    public void Shift(ShiftingNetworks networks) => _shifting = networks;

    public CaseOrigin Create(long id, DateOnly reportedOn)
    {
        var regency = _random.Weighted(Regencies.All, r => r.OriginWeight);
        var villages = _originVillages[regency.Code];
        var village = _shifting?.Pick(_random, regency.Code, reportedOn)
            ?? (int)Math.Min(villages.Length - 1, Math.Floor(Math.Pow(_random.NextDouble(), 2.5) * villages.Length));
        return CreateAt(id, reportedOn, regency, village);
    }

    /// <summary>A case from a given village: a follow-on of an earlier one there (near-repeat).</summary>
    public CaseOrigin FollowOn(long id, DateOnly reportedOn, CaseOrigin earlier)
    {
        var regency = Regencies.All.First(r => r.Code == earlier.RegencyCode);
        var village = Array.FindIndex(_originVillages[regency.Code], v => v.Code == earlier.VillageCode);
        return CreateAt(id, reportedOn, regency, village);
    }

    private CaseOrigin CreateAt(long id, DateOnly reportedOn, RegencySeat regency, int village)
    {
        var (lon, lat, villageCode) = _originVillages[regency.Code][village];
        var profile = _random.Weighted(CaseProfile.All, p => CaseProfile.Weight(p, reportedOn));
        var destination = _random.Weighted(profile.Destinations, d => d.Weight).Country;
        var agency = _random.Weighted(Agencies, a => a.Weight);
        var origin = new CaseOrigin
        {
            Id = id,
            Reference = $"{agency.Prefix}/{id}/{Roman[reportedOn.Month - 1]}/{reportedOn.Year}",
            Location = Geometries.Point(lon, lat),
            ProvinceCode = regency.ProvinceCode,
            RegencyCode = regency.Code,
            VillageCode = villageCode,
            ReportedOn = reportedOn,
            ModusOperandiCode = profile.Modus,
            DestinationCountry = destination,
            Status = StatusFor(reportedOn),
            ReportingAgency = agency.Agency,
            Exploitation = _random.Pick(profile.Exploitation),
            MeansOfControl = Controls(profile),
            RecruiterRelation = _random.Pick(profile.Recruiters),
            IsSynthetic = true,
        };
        origin.SetVictims(Victims());
        AssignExit(origin, NearDestinations.Contains(destination));
        return origin;
    }

    private void AssignExit(CaseOrigin origin, bool nearDestination)
    {
        var roll = _random.NextDouble();
        var (x, y) = (origin.Location.X, origin.Location.Y);
        if (nearDestination && roll < 0.25)
        {
            var route = _routes.MinBy(r => Distance2(r.Path.Coordinate.X, r.Path.Coordinate.Y, x, y));
            if (route is not null && Distance2(route.Path.Coordinate.X, route.Path.Coordinate.Y, x, y) < 2.0 * 2.0)
            {
                origin.ExitRatRouteId = route.Id;
                return;
            }
        }
        if (roll < 0.85)
        {
            var candidates = nearDestination ? _crossings : _airports;
            origin.ExitCrossingId = candidates.MinBy(c => Distance2(c.Location.X, c.Location.Y, x, y))!.Id;
        }
    }

    private IEnumerable<VictimGroup> Victims()
    {
        var groups = _random.Chance(0.8) ? 1 : _random.Next(2, 4);
        for (var i = 0; i < groups; i++)
        {
            var female = _random.Chance(0.8);
            var minor = _random.Chance(female ? 0.3 : 0.85);
            yield return new VictimGroup
            {
                Sex = female ? Sex.Female : Sex.Male,
                AgeGroup = minor
                    ? (_random.Chance(0.2) ? AgeGroup.Age0To8 : AgeGroup.Age9To17)
                    : (AgeGroup)_random.Next((int)AgeGroup.Age18To20, (int)AgeGroup.Age48Plus + 1),
                Count = _random.Chance(0.75) ? 1 : _random.Chance(0.8) ? _random.Next(2, 5) : _random.Next(5, 16),
            };
        }
    }

    private MeansOfControl Controls(CaseProfile profile)
    {
        var controls = MeansOfControl.None;
        for (var i = _random.Next(1, 4); i > 0; i--)
            controls |= _random.Pick(profile.Controls);
        return controls;
    }

    private CaseStatus StatusFor(DateOnly reportedOn)
    {
        var age = _today.DayNumber - reportedOn.DayNumber;
        var roll = _random.NextDouble();
        return age switch
        {
            < 90 => roll < 0.6 ? CaseStatus.Active : CaseStatus.FollowUp,
            < 730 => roll < 0.15 ? CaseStatus.Active : roll < 0.7 ? CaseStatus.FollowUp : roll < 0.85 ? CaseStatus.ClosedReferred : CaseStatus.Closed,
            _ => roll < 0.05 ? CaseStatus.Active : roll < 0.3 ? CaseStatus.FollowUp : roll < 0.5 ? CaseStatus.ClosedReferred : CaseStatus.Closed,
        };
    }

    private static double Distance2(double x1, double y1, double x2, double y2) => (x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2);
}
