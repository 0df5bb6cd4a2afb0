namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// Runs <see cref="TwoStreamCusum"/> per charted area over its cases and its credibility-weighted field reports. The
/// areas are pooled by cases exactly as the case chart pools them, and the reports of the same provinces are summed.
/// Both streams are brought to a Poisson scale before they are added: cases and their expected count are divided by
/// the case baseline's dispersion φ, reports and theirs by the reports' own dispersion measured on past weeks only.
/// A chart starts once reporting has run <see cref="ReportWarmUpWeeks"/> weeks in the area: before an office reports
/// through the product its zeros are missing data, not a quiet area, and the first weeks of reporting are not a surge.
/// </summary>
public sealed class TwoStreamDetector(EarlyWarningOptions options)
{
    public const string Stream = "cases+reports";
    public const int ReportWarmUpWeeks = 26;

    /// <summary>Past weeks needed before the reports' dispersion is measured rather than taken as 1.</summary>
    private const int DispersionWeeks = 8;

    private readonly EarlyWarningDetector _cases = new(options);
    private readonly Dictionary<(double Cases, double Reports), double> _thresholds = [];

    public IReadOnlyList<EarlyWarningBreach> Detect(IReadOnlyList<DateOnly> weeks, IReadOnlyList<AreaSeries> provinces,
        IReadOnlyDictionary<string, double[]> weightedReports)
    {
        var breaches = new List<EarlyWarningBreach>();
        foreach (var pooled in _cases.PoolWithMembers(provinces, weeks.Count))
        {
            var reports = new double[weeks.Count];
            foreach (var member in pooled.Members)
            {
                if (weightedReports.TryGetValue(member, out var series))
                    for (var t = 0; t < weeks.Count; t++)
                        reports[t] += series[t];
            }
            breaches.AddRange(DetectIn(pooled.Area, reports, weeks));
        }
        return breaches;
    }

    private IEnumerable<EarlyWarningBreach> DetectIn(AreaSeries area, double[] reports, IReadOnlyList<DateOnly> weeks)
    {
        var firstReport = Array.FindIndex(reports, r => r > 0);
        if (firstReport < 0)
            yield break;
        var caseStart = options.WarmUpWeeks;
        var start = Math.Max(caseStart, firstReport + ReportWarmUpWeeks);
        if (area.Counts.Length <= start)
            yield break;

        var (caseExpected, caseDispersion) = _cases.Baseline(area.Counts, weeks, caseStart);
        var reportExpected = ReportBaseline(reports, firstReport);
        var reportDispersion = PastDispersion(reports, reportExpected, firstReport);

        var n = area.Counts.Length - start;
        var cases = new double[n];
        var caseMean = new double[n];
        var reportSeries = new double[n];
        var reportMean = new double[n];
        for (var i = 0; i < n; i++)
        {
            var t = start + i;
            var phi = caseDispersion[t - caseStart];
            cases[i] = area.Counts[t] / phi;
            caseMean[i] = caseExpected[t - caseStart] / phi;
            reportSeries[i] = reports[t] / reportDispersion[t];
            reportMean[i] = reportExpected[t] / reportDispersion[t];
        }
        var threshold = ThresholdFor(caseMean.Average(), reportMean.Average());
        var trace = TwoStreamCusum.Run(cases, caseMean, reportSeries, reportMean, options.ShiftRatio, threshold);
        foreach (var alarm in trace.AlarmWeeks)
        {
            var t = start + alarm;
            var from = Math.Max(start, t - options.EvidenceWeeks + 1);
            var span = t - from + 1;
            yield return new EarlyWarningBreach(area.Code, area.Name, Stream, weeks[t], area.Counts[t], caseExpected[t - caseStart],
                trace.Statistic[alarm], threshold, options.ShiftRatio,
                [.. weeks.Skip(from).Take(span)], area.Counts[from..(t + 1)],
                caseExpected[(from - caseStart)..(t - caseStart + 1)], [.. trace.Statistic.Skip(from - start).Take(span)],
                reports[from..(t + 1)], reportExpected[from..(t + 1)]);
        }
    }

    /// <summary>The seasonal baseline of the reports, counted from the area's first report so earlier zeros do not lower it.</summary>
    private static double[] ReportBaseline(double[] reports, int firstReport)
    {
        var since = SeasonalBaseline.Compute(reports[firstReport..]);
        var baseline = new double[reports.Length];
        for (var t = 0; t < reports.Length; t++)
        {
            var b = t < firstReport ? double.NaN : since[t - firstReport];
            baseline[t] = double.IsNaN(b) ? PoissonCusum.MinimumMean : Math.Max(b, PoissonCusum.MinimumMean);
        }
        return baseline;
    }

    /// <summary>
    /// Pearson's dispersion of the reports over the weeks before each week (at least 1, at most the configured cap):
    /// reports come in bursts — one incident, several officers — so they vary more than Poisson counts would.
    /// </summary>
    private double[] PastDispersion(double[] reports, double[] expected, int firstReport)
    {
        var dispersion = new double[reports.Length];
        double sum = 0;
        var n = 0;
        for (var t = 0; t < reports.Length; t++)
        {
            dispersion[t] = n < DispersionWeeks ? 1 : Math.Clamp(sum / n, 1, options.MaximumDispersion);
            if (t >= firstReport + DispersionWeeks)
            {
                var residual = reports[t] - expected[t];
                sum += residual * residual / expected[t];
                n++;
            }
        }
        return dispersion;
    }

    /// <summary>Cached by both means rounded to two significant digits: the simulation is the slow part.</summary>
    private double ThresholdFor(double caseMean, double reportMean)
    {
        var key = (TwoSignificant(caseMean), TwoSignificant(reportMean));
        if (!_thresholds.TryGetValue(key, out var h))
            _thresholds[key] = h = TwoStreamCusum.Threshold(key.Item1, key.Item2, options.ShiftRatio, options.TargetArlWeeks);
        return h;
    }

    private static double TwoSignificant(double value) =>
        Math.Round(value, Math.Max(0, 1 - (int)Math.Floor(Math.Log10(Math.Max(value, 0.01)))));
}
