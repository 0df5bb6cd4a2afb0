using Dashboard.Jobs.Patrols;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Tests.Patrols;

/// <summary>Seeded small instances around Nunukan, North Kalimantan, small enough to solve exactly.</summary>
internal static class PatrolInstances
{
    public static readonly PatrolBase Nunukan = new("kanim-nunukan", "Kantor Imigrasi Nunukan", 117.6, 4.1);

    public sealed record Instance(int Seed, IReadOnlyList<PatrolStop> Stops, PatrolBudget Budget, PatrolMode Mode);

    /// <summary>
    /// 6–9 stops within about 35 km, skewed risk (a few hot routes, many quiet ones), 10–45 minutes on site, and a
    /// budget that fits a few stops but rarely all of them.
    /// </summary>
    public static Instance Small(int seed)
    {
        var rng = new Random(seed);
        var count = 6 + rng.Next(4);
        var stops = new List<PatrolStop>(count);
        for (var k = 0; k < count; k++)
        {
            var angle = rng.NextDouble() * 2 * Math.PI;
            var radiusDegrees = 0.05 + rng.NextDouble() * 0.27;
            var risk = Math.Round(0.2 + 5 * Math.Pow(rng.NextDouble(), 3), 3);
            stops.Add(new PatrolStop($"s{k}", Nunukan.Longitude + radiusDegrees * Math.Cos(angle),
                Nunukan.Latitude + radiusDegrees * Math.Sin(angle), risk, 10 + rng.Next(36)));
        }
        var mode = rng.Next(2) == 0 ? PatrolMode.Land : PatrolMode.Sea;
        var budget = rng.Next(2) == 0
            ? PatrolBudget.Hours(Math.Round(1.5 + rng.NextDouble() * 4, 2))
            : PatrolBudget.Kilometres(Math.Round(40 + rng.NextDouble() * 120, 1));
        return new Instance(seed, stops, budget, mode);
    }

    public static PatrolStop Stop(string id, double dLon, double dLat, double risk, double serviceMinutes = 0) =>
        new(id, Nunukan.Longitude + dLon, Nunukan.Latitude + dLat, risk, serviceMinutes);

    /// <summary>A plan's length and duration summed leg by leg from the matrix, apart from the planner's own sums.</summary>
    public static (double Km, double Hours) Measure(PatrolPlan plan, IReadOnlyList<PatrolStop> stops, double[] metres, double speedKmh)
    {
        var size = stops.Count + 1;
        var index = stops.Select((s, k) => (s.Id, Node: k + 1)).ToDictionary(x => x.Id, x => x.Node);
        double km = 0, minutes = 0;
        var previous = 0;
        foreach (var stop in plan.Stops)
        {
            var node = index[stop.Id];
            km += metres[previous * size + node] / 1000;
            minutes += stop.ServiceMinutes;
            previous = node;
        }
        km += metres[previous * size] / 1000;
        return (km, km / speedKmh + minutes / 60);
    }
}
