using System.Diagnostics;
using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Bench.EarlyWarning;

/// <summary>
/// The early warning on simulated realistic series (<see cref="RealisticSeries"/>), for each baseline: false alarms
/// per area-year on in-control series (target ≤ 1/3), and the share of doublings and triplings, sustained from a
/// random week of the last three years, alarmed within 6 weeks (targets 75 % and 95 %). Eight years 2017–2024 per
/// area; the chart watches from the third year. Seeded, so the figures repeat. One baseline and another tuning ratio
/// can be asked for: `early-warning 100 regression 2.0`.
/// </summary>
internal static class EarlyWarningBenchmark
{
    public static void Run(int areas, string? only = null, double? shiftRatio = null)
    {
        var weeks = Weeks.Between(new DateOnly(2017, 1, 2), new DateOnly(2024, 12, 30));
        var watchFrom = 104;
        Console.WriteLine($"early warning on {areas} simulated areas × {weeks.Count} weeks (trend, season, Eid, NB dispersion {RealisticSeries.Dispersion})");
        Console.WriteLine("baseline     false alarms / area-year   doubling ≤ 6 wk   tripling ≤ 6 wk   seconds");
        foreach (var baseline in only is null ? new[] { EarlyWarningOptions.SeasonalBaseline, EarlyWarningOptions.RegressionBaseline } : [only])
        {
            var options = new EarlyWarningOptions { Baseline = baseline, WarmUpWeeks = watchFrom, MinimumWeeklyMean = 0 };
            options.ShiftRatio = shiftRatio ?? options.ShiftRatio;
            var detector = new EarlyWarningDetector(options);
            var clock = Stopwatch.StartNew();
            var random = new Random(18);
            var falseAlarms = 0;
            var detected = new Dictionary<double, int> { [2] = 0, [3] = 0 };
            for (var a = 0; a < areas; a++)
            {
                var series = new RealisticSeries(random);
                var quiet = series.Draw(weeks, random);
                falseAlarms += detector.Detect(weeks, [new AreaSeries("A", "A", quiet)], "cases").Count;
                var start = weeks.Count - 156 + random.Next(150);
                foreach (var factor in detected.Keys.ToList())
                {
                    var surged = series.Draw(weeks, random, start, factor);
                    var end = Math.Min(weeks.Count, start + 6);
                    var caught = detector.Detect(weeks.Take(end).ToList(), [new AreaSeries("A", "A", surged[..end])], "cases")
                        .Any(b => b.Week >= weeks[start]);
                    detected[factor] += caught ? 1 : 0;
                }
            }
            var areaYears = areas * (weeks.Count - watchFrom) / 52.1775;
            Console.WriteLine($"{baseline,-12} {falseAlarms / areaYears,24:0.000} {detected[2] / (double)areas,17:P0} {detected[3] / (double)areas,17:P0} {clock.Elapsed.TotalSeconds,9:0}");
        }
    }
}
