namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Runs a negative-binomial CUSUM per area against its regression baseline (Poisson against the seasonal mean while
/// an area has under two years of history). Provinces that expect under the minimum weekly count
/// are pooled into their island group first (and groups still too sparse into the nation), and each area's threshold
/// is chosen by simulation for its own mean so every chart has the same false-alarm rate.
/// </summary>
public sealed class EarlyWarningDetector(EarlyWarningOptions options)
{
    private readonly Dictionary<(double Mean, double Dispersion), double> _thresholds = [];

    public IReadOnlyList<EarlyWarningBreach> Detect(IReadOnlyList<DateOnly> weeks, IReadOnlyList<AreaSeries> provinces, string stream)
    {
        var breaches = new List<EarlyWarningBreach>();
        foreach (var area in Pool(provinces, weeks.Count))
            breaches.AddRange(DetectIn(area, weeks, stream));
        return breaches;
    }

    public IReadOnlyList<AreaSeries> Pool(IReadOnlyList<AreaSeries> provinces, int weekCount) =>
        [.. PoolWithMembers(provinces, weekCount).Select(p => p.Area)];

    /// <summary>The charted areas, each with the province codes summed into it (a dense province is its own member).</summary>
    public IReadOnlyList<PooledArea> PoolWithMembers(IReadOnlyList<AreaSeries> provinces, int weekCount)
    {
        var dense = provinces.Where(p => RecentMean(p.Counts) >= options.MinimumWeeklyMean)
            .Select(p => new PooledArea(p, [p.Code])).ToList();
        var groups = provinces.Where(p => !dense.Any(d => d.Area.Code == p.Code))
            .GroupBy(p => IslandGroups.Of(p.Code))
            .Select(g => new PooledArea(new AreaSeries(g.Key.Code, g.Key.Name, Sum(g.ToList(), weekCount)), [.. g.Select(p => p.Code)]))
            .ToList();
        var denseGroups = groups.Where(g => RecentMean(g.Area.Counts) >= options.MinimumWeeklyMean).ToList();
        var sparse = groups.Except(denseGroups).ToList();
        if (sparse.Count > 0)
            denseGroups.Add(new PooledArea(new AreaSeries(IslandGroups.National, "Indonesia (wilayah jarang kasus)", Sum([.. sparse.Select(s => s.Area)], weekCount)),
                [.. sparse.SelectMany(s => s.Members)]));
        return [.. dense, .. denseGroups];
    }

    private IEnumerable<EarlyWarningBreach> DetectIn(AreaSeries area, IReadOnlyList<DateOnly> weeks, string stream)
    {
        var start = options.WarmUpWeeks;
        if (area.Counts.Length <= start)
            yield break;
        var (expected, dispersion) = Baseline(area.Counts, weeks, start);
        var watched = area.Counts[start..];
        var threshold = ThresholdFor(expected.Average(), dispersion.Average());
        var trace = NegativeBinomialCusum.Run(watched, expected, dispersion, options.ShiftRatio, threshold);
        foreach (var alarm in trace.AlarmWeeks)
        {
            var t = start + alarm;
            var from = Math.Max(start, t - options.EvidenceWeeks + 1);
            yield return new EarlyWarningBreach(area.Code, area.Name, stream, weeks[t], area.Counts[t], expected[alarm], trace.Statistic[alarm],
                threshold, options.ShiftRatio,
                weeks.Skip(from).Take(t - from + 1).ToList(), area.Counts[from..(t + 1)],
                expected[(from - start)..(alarm + 1)], trace.Statistic.Skip(from - start).Take(alarm - (from - start) + 1).ToList());
        }
    }

    /// <summary>
    /// The watched weeks' expected counts and dispersions: the regression baseline where two years of history allow
    /// it (and <see cref="EarlyWarningOptions.Baseline"/> asks for it), else the seasonal mean taken as Poisson.
    /// </summary>
    public (double[] Expected, double[] Dispersion) Baseline(int[] counts, IReadOnlyList<DateOnly> weeks, int start)
    {
        var seasonal = SeasonalBaseline.Compute(counts);
        var (fitted, fittedDispersion) = options.Baseline == EarlyWarningOptions.RegressionBaseline
            ? RegressionBaseline.Compute(weeks.Take(counts.Length).ToList(), counts)
            : (new double[counts.Length].Select(_ => double.NaN).ToArray(), new double[counts.Length].Select(_ => double.NaN).ToArray());
        var expected = new double[counts.Length - start];
        var dispersion = new double[counts.Length - start];
        for (var t = start; t < counts.Length; t++)
        {
            var useFit = !double.IsNaN(fitted[t]);
            var mean = useFit ? fitted[t] : seasonal[t];
            expected[t - start] = double.IsNaN(mean) ? PoissonCusum.MinimumMean : Math.Max(mean, PoissonCusum.MinimumMean);
            dispersion[t - start] = useFit ? Math.Min(fittedDispersion[t], options.MaximumDispersion) : 1;
        }
        return (expected, dispersion);
    }

    /// <summary>
    /// Thresholds are cached by the mean rounded to two significant digits and the dispersion to one decimal:
    /// simulation is the slow part. The chart's k follows each week's dispersion; h is set for the area's average.
    /// </summary>
    private double ThresholdFor(double mean, double dispersion)
    {
        var rounded = Math.Round(mean, Math.Max(0, 1 - (int)Math.Floor(Math.Log10(Math.Max(mean, 0.01)))));
        var phi = Math.Round(dispersion, 1);
        if (!_thresholds.TryGetValue((rounded, phi), out var h))
            _thresholds[(rounded, phi)] = h = CusumThresholds.Find(rounded, options.ShiftRatio, options.TargetArlWeeks, dispersion: phi);
        return h;
    }

    private static double RecentMean(int[] counts) => counts.Length == 0 ? 0 : counts.TakeLast(52).Average();

    private static int[] Sum(IReadOnlyList<AreaSeries> series, int weekCount)
    {
        var sum = new int[weekCount];
        foreach (var s in series)
        {
            for (var i = 0; i < weekCount; i++)
                sum[i] += s.Counts[i];
        }
        return sum;
    }
}
