using System.Diagnostics;
using Dashboard.Jobs.Patrols;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Bench;

/// <summary>
/// Patrol route suggestion on a realistic instance: a land patrol out of Nunukan, North Kalimantan, choosing among
/// candidate stops within about 80 km, most of them strung along a few rat routes towards the Sabah border and the
/// rest scattered high-risk grid cells, with risk skewed so that a few places matter most. Prints wall time per
/// Suggest call (the first, cold call separately) and what the plans cover.
/// </summary>
internal static class PatrolPlannerBenchmark
{
    private const int InstanceSeed = 2024;

    public static void Run(int stops, int runs)
    {
        var home = new PatrolBase("kanim-nunukan", "Kantor Imigrasi Nunukan", 117.6, 4.1);
        var candidates = Candidates(home, stops);
        var budget = PatrolBudget.Hours(8);
        var options = new PatrolPlannerOptions();
        var planner = new PatrolPlanner(options);
        Console.WriteLine($"{stops} candidate stops within ~80 km of {home.Name}, {budget} land shift at {options.LandSpeedKmh} km/h, " +
            $"{options.Iterations} iterations, time limit {options.TimeLimit.TotalSeconds:0.#} s");

        var clock = Stopwatch.StartNew();
        planner.Suggest(home, candidates, budget, PatrolMode.Land, new Random(0));
        Console.WriteLine($"cold first call (JIT included): {clock.Elapsed.TotalMilliseconds:0} ms");

        Console.WriteLine($"{"run",4} {"ms",7} {"best risk",10} {"suggested",10} {"of best",8} {"stops",6} {"km",7} {"hours",6} {"near-best",10} {"alts",5}");
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            clock.Restart();
            var suggestion = planner.Suggest(home, candidates, budget, PatrolMode.Land, new Random(run));
            var ms = clock.Elapsed.TotalMilliseconds;
            times.Add(ms);
            var plan = suggestion.Suggested;
            Console.WriteLine($"{run,4} {ms,7:0} {suggestion.Best.Risk,10:0.00} {plan.Risk,10:0.00} {suggestion.ShareOfBest,8:P1} " +
                $"{plan.Stops.Count,6} {plan.Kilometres,7:0.0} {plan.Hours,6:0.00} {suggestion.NearBestCount,10} {suggestion.Alternatives.Count,5}");
        }
        times.Sort();
        Console.WriteLine($"wall time per Suggest: min {times[0]:0} ms, median {Median(times):0} ms, max {times[^1]:0} ms");
    }

    private static List<PatrolStop> Candidates(PatrolBase home, int count)
    {
        var rng = new Random(InstanceSeed);
        var routes = new (double Lon, double Lat, double Bearing)[8];
        for (var r = 0; r < routes.Length; r++)
        {
            // Rat routes start somewhere near the base and run roughly north-west, towards the border with Sabah.
            routes[r] = (home.Longitude + (rng.NextDouble() - 0.5) * 0.8, home.Latitude + (rng.NextDouble() - 0.5) * 0.6,
                Math.PI * (0.5 + 0.5 * rng.NextDouble()));
        }

        var stops = new List<PatrolStop>(count);
        for (var k = 0; k < count; k++)
        {
            double lon, lat;
            if (k % 5 < 3)
            {
                var route = routes[k % routes.Length];
                var along = rng.NextDouble() * 0.35;
                lon = route.Lon + along * Math.Cos(route.Bearing) + (rng.NextDouble() - 0.5) * 0.02;
                lat = route.Lat + along * Math.Sin(route.Bearing) + (rng.NextDouble() - 0.5) * 0.02;
            }
            else
            {
                // Within 80 km (0.72°) of the base, uniformly over the disc.
                var angle = rng.NextDouble() * 2 * Math.PI;
                var radius = 0.72 * Math.Sqrt(rng.NextDouble());
                lon = home.Longitude + radius * Math.Cos(angle);
                lat = home.Latitude + radius * Math.Sin(angle);
            }
            // Pareto-like: most stops are quiet, a few carry most of the risk.
            var risk = Math.Round(Math.Min(50, 0.5 / Math.Pow(1 - rng.NextDouble(), 0.7)), 3);
            stops.Add(new PatrolStop($"stop-{k:000}", lon, lat, risk, 15 + 5 * rng.Next(7)));
        }
        return stops;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
