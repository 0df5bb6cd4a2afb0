using Dashboard.Demo;
using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Bench.Backtest;

/// <summary>
/// Evaluates the early warning on the demo world's real weekly series: inject a surge (counts × factor for 8 weeks)
/// at many start weeks of every charted area and see whether and when the chart alarms; count false alarms on the
/// series as they are, away from the known June 2023 surge.
/// </summary>
internal static class SurgeInjectionEvaluation
{
    public static readonly double[] Factors = [1.5, 2.0, 3.0];

    public sealed record Row(double Factor, int Trials, double DetectedWithin8Weeks, double MedianDelayWeeks);

    public static (IReadOnlyList<Row> Rows, double FalseAlarmsPerAreaYear, int Areas) Run(DemoWorld world, EarlyWarningOptions options)
    {
        var weeks = Weeks.Between(world.Cases.Min(c => c.ReportedOn), world.Cases.Max(c => c.ReportedOn).AddDays(-7));
        var index = weeks.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var provinces = world.Provinces.Select(p =>
        {
            var counts = new int[weeks.Count];
            foreach (var c in world.Cases.Where(c => c.ProvinceCode == p.Code && index.ContainsKey(Weeks.StartOf(c.ReportedOn))))
                counts[index[Weeks.StartOf(c.ReportedOn)]]++;
            return new AreaSeries(p.Code, p.Name, counts);
        }).ToList();
        var detector = new EarlyWarningDetector(options);
        var areas = detector.Pool(provinces, weeks.Count);

        var surge = (From: new DateOnly(2023, 4, 24), To: new DateOnly(2023, 9, 30));
        var quiet = weeks.Select((w, i) => (w, i)).Where(x => x.i >= options.WarmUpWeeks && (x.w < surge.From || x.w > surge.To)).ToList();
        var falseAlarms = areas.Sum(a => detector.Detect(weeks, [a], "cases").Count(b => b.Week < surge.From || b.Week > surge.To));
        var falseRate = falseAlarms / (areas.Count * quiet.Count / 52.0);

        var rows = new List<Row>();
        var random = new Random(7);
        foreach (var factor in Factors)
        {
            var delays = new List<int>();
            var trials = 0;
            foreach (var area in areas)
            {
                // Start weeks away from the real surge, so it cannot be mistaken for the injected one.
                var starts = quiet.Where(x => x.i + 16 < weeks.Count && (weeks[x.i].AddDays(7 * 16) < surge.From || x.w > surge.To))
                    .Select(x => x.i).OrderBy(_ => random.Next()).Take(10);
                foreach (var start in starts)
                {
                    trials++;
                    var counts = (int[])area.Counts.Clone();
                    for (var t = start; t < start + 8; t++)
                        counts[t] = (int)Math.Round(counts[t] * factor + (factor - 1) * 0.5);
                    var breach = new EarlyWarningDetector(options).Detect(weeks, [area with { Counts = counts }], "cases")
                        .Where(b => b.Week >= weeks[start] && b.Week < weeks[start].AddDays(7 * 8)).Select(b => (int?)((b.Week.DayNumber - weeks[start].DayNumber) / 7))
                        .FirstOrDefault();
                    if (breach is { } delay)
                        delays.Add(delay);
                }
            }
            delays.Sort();
            rows.Add(new Row(factor, trials, delays.Count / (double)trials, delays.Count == 0 ? double.NaN : delays[delays.Count / 2]));
        }
        return (rows, falseRate, areas.Count);
    }
}
