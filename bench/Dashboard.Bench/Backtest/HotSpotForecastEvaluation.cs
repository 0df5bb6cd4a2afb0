using Dashboard.Demo;
using Dashboard.Geo.Spatial;
using Dashboard.Jobs.Risk;

namespace Dashboard.Bench.Backtest;

/// <summary>
/// Walk-forward evaluation of the risk map as a forecast: at each weekly origin, rank cells by the model (and by two
/// baselines), then count the cases of the next four weeks that fall in the top 1%, 5% and 10% of the area.
/// Hit rate = share of those cases captured; PAI = hit rate / area share (Chainey et al. 2008);
/// PEI = hit rate / the best hit rate any choice of that many cells could have had (Hunt 2016).
/// </summary>
internal static class HotSpotForecastEvaluation
{
    public static readonly double[] AreaShares = [0.01, 0.05, 0.10];

    public sealed record Row(string Method, double Area, double HitRate, double Pai, double Pei);

    public static IReadOnlyList<Row> Run(DemoWorld world, HexGrid grid, IReadOnlyList<HexCell> cells, RiskOptions options, int origins, int horizonDays, Action<string> progress)
    {
        var inputsCells = cells.Select(c => new GridCellInput(c.Id, null, null)).ToList();
        var position = cells.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var lastOrigin = world.Cases.Max(c => c.ReportedOn).AddDays(-horizonDays + 1);
        var sums = new Dictionary<(string, double), (double Hit, double Pai, double Pei, int N)>();
        for (var o = origins - 1; o >= 0; o--)
        {
            var origin = lastOrigin.AddDays(-7 * o);
            var outcome = Bin(world, grid, position, origin, origin.AddDays(horizonDays), cells.Count);
            var total = outcome.Sum();
            if (total == 0)
                continue;
            var inputs = WorldInputs.AsOf(world, origin, inputsCells, options);
            var fitted = RiskModel.Compute(inputs, options);
            var kernel = RiskModel.Compute(inputs, Kernel(options)).Score;
            var lastYear = Bin(world, grid, position, origin.AddDays(-364), origin, cells.Count).Select(v => (double)v).ToArray();
            var methods = new List<(string, double[])> { ("model (fitted)", fitted.Score), ("fitted threat alone", fitted.Threat), ("model (kernel, ciram-kde-1)", kernel), ("last-52-weeks", lastYear) };
            if (world.TrueIntensity is { } truth)
                methods.Add(("true intensity (the generator's)", Intensity(truth(origin, origin.AddDays(horizonDays)), grid, position, cells.Count)));
            foreach (var (method, score) in methods)
            {
                foreach (var area in AreaShares)
                    Add(sums, method, area, Evaluate(score, outcome, total, area));
            }
            foreach (var area in AreaShares)
                Add(sums, "uniform", area, (area, 1.0, area / Best(outcome, total, area)));
            progress($"origin {origin:yyyy-MM-dd}: {total} cases in the next {horizonDays} days");
        }
        return sums.Select(s => new Row(s.Key.Item1, s.Key.Item2, s.Value.Hit / s.Value.N, s.Value.Pai / s.Value.N, s.Value.Pei / s.Value.N))
            .OrderBy(r => r.Area).ThenBy(r => r.Method).ToList();
    }

    private static double[] Intensity(IReadOnlyList<(double Longitude, double Latitude, double Expected)> villages, HexGrid grid, Dictionary<long, int> position, int count)
    {
        var cells = new double[count];
        foreach (var (lon, lat, expected) in villages)
        {
            if (position.TryGetValue(grid.CellAt(lon, lat).Id, out var i))
                cells[i] += expected;
        }
        return cells;
    }

    private static RiskOptions Kernel(RiskOptions options)
    {
        var kernel = System.Text.Json.JsonSerializer.Deserialize<RiskOptions>(System.Text.Json.JsonSerializer.Serialize(options))!;
        kernel.FitThreat = false;
        return kernel;
    }

    private static (double Hit, double Pai, double Pei) Evaluate(double[] score, int[] outcome, int total, double area)
    {
        var n = Math.Max(1, (int)Math.Round(area * score.Length));
        // Ties (many cells share the background score) are broken by index, the same for every method.
        var chosen = Enumerable.Range(0, score.Length).OrderByDescending(i => score[i]).ThenBy(i => i).Take(n);
        var hit = chosen.Sum(i => outcome[i]) / (double)total;
        return (hit, hit / area, hit / Best(outcome, total, area));
    }

    private static double Best(int[] outcome, int total, double area)
    {
        var n = Math.Max(1, (int)Math.Round(area * outcome.Length));
        return outcome.OrderDescending().Take(n).Sum() / (double)total;
    }

    private static int[] Bin(DemoWorld world, HexGrid grid, Dictionary<long, int> position, DateOnly from, DateOnly to, int count)
    {
        var bins = new int[count];
        foreach (var c in world.Cases.Where(c => c.ReportedOn >= from && c.ReportedOn < to))
        {
            if (position.TryGetValue(grid.CellAt(c.Location.X, c.Location.Y).Id, out var i))
                bins[i]++;
        }
        return bins;
    }

    private static void Add(Dictionary<(string, double), (double, double, double, int)> sums, string method, double area, (double Hit, double Pai, double Pei) r)
    {
        var (h, p, e, n) = sums.GetValueOrDefault((method, area));
        sums[(method, area)] = (h + r.Hit, p + r.Pai, e + r.Pei, n + 1);
    }
}
