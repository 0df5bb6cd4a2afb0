using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// Threat as a forecast fitted to the area's own history (model <c>ciram-fit-1</c>): the expected number of cases a
/// cell will report in the next <see cref="RiskOptions.FitHorizonDays"/> days, from a Poisson regression of what each
/// cell reported after each of the last <see cref="RiskOptions.FitOrigins"/> origins on what was known before it:
/// <list type="bullet">
/// <item>the cell's own cases in all the history read, in the last year and in the last quarter (the simple count is
/// thus one of the terms, so the fit can only lean on the rest where they add something),</item>
/// <item>the victim density of the kernel model (15 km, one-year half-life) and a near-repeat density of recent cases
/// (5 km, 60-day half-life), where networks are moving,</item>
/// <item>the credibility-weighted density of field reports (10 km, 30 days), which lead the cases they foretell,</item>
/// <item>the rat-route and crossing factors of the kernel model, as logarithms.</item>
/// </list>
/// Walk-forward: an origin's outcome lies wholly before the run's date, so nothing the run cannot know is used. With
/// too little history (<see cref="RiskOptions.FitMinimumCases"/>) the kernel threat stands.
/// </summary>
public static class FittedThreat
{
    public const string ModelVersion = "ciram-fit-1";

    public static readonly string[] FeatureNames =
        ["cellCasesEver", "cellCasesYear", "cellCasesQuarter", "caseDensity", "recentCaseDensity", "reportDensity", "ratRoute", "crossing"];

    private const double PerHundredSquareKm = 1e8;

    /// <summary>Fits on the past and fills <see cref="RiskResult.Threat"/>; null (threat untouched) without enough history.</summary>
    public static ThreatFit? Apply(RiskInputs inputs, RiskOptions options, RiskGridIndex index, RiskResult result)
    {
        var cellOf = new int[inputs.Cases.Count];
        for (var n = 0; n < inputs.Cases.Count; n++)
        {
            var c = inputs.Cases[n];
            var (x, y) = EqualAreaProjection.Forward(c.Longitude, c.Latitude);
            var cell = index.Grid.CellAtProjected(x, y);
            cellOf[n] = index.IndexOf(cell.Q, cell.R);
        }
        var statics = new double[index.Count][];
        for (var i = 0; i < index.Count; i++)
            statics[i] = [Math.Log(result.RatRouteFactor[i]), Math.Log(result.CrossingFactor[i])];

        var next = inputs.AsOf.AddDays(1);
        // Identical rows (most of the grid: no history, no report, no route near) are fitted as one, weighted by how
        // many they are: the same fit for a fraction of the work.
        var groups = new Dictionary<double[], (double Weight, double Count)>(RowComparer.Instance);
        // An origin before the history begins teaches nothing but that nothing happened.
        var first = inputs.Cases.Count == 0 ? next : inputs.Cases.Min(c => c.ReportedOn);
        var originDays = Enumerable.Range(1, options.FitOrigins).Select(k => next.AddDays(-k * options.FitHorizonDays)).Where(o => o > first).ToList();
        var windows = new (double[][] Features, double[] Outcome, int Cases)[originDays.Count];
        // The origins are independent: their kernel passes run side by side, leaving one core to the web requests
        // of the process the job shares (the web app hosts the jobs by default).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        Parallel.For(0, originDays.Count, parallel, k =>
        {
            var origin = originDays[k];
            var outcome = new double[index.Count];
            var any = 0;
            for (var n = 0; n < inputs.Cases.Count; n++)
            {
                var day = inputs.Cases[n].ReportedOn;
                if (cellOf[n] >= 0 && day >= origin && day < origin.AddDays(options.FitHorizonDays))
                {
                    outcome[cellOf[n]]++;
                    any++;
                }
            }
            windows[k] = (Features(inputs, options, index, cellOf, statics, origin), outcome, any);
        });
        foreach (var (features, outcome, _) in windows)
        {
            for (var i = 0; i < index.Count; i++)
            {
                var (weight, count) = groups.GetValueOrDefault(features[i]);
                groups[features[i]] = (weight + 1, count + outcome[i]);
            }
        }
        var origins = windows.Length;
        var trainingCases = windows.Sum(w => w.Cases);
        if (trainingCases < options.FitMinimumCases)
            return null;

        var rows = groups.Keys.ToList();
        var fit = PoissonRegression.EstimateNonNegative(rows, [.. rows.Select(r => groups[r].Count)], weights: [.. rows.Select(r => groups[r].Weight)]);
        var now = Features(inputs, options, index, cellOf, statics, next);
        var perHundredKm = PerHundredSquareKm / index.Grid.CellAreaSquareMetres;
        for (var i = 0; i < index.Count; i++)
            result.Threat[i] = fit.Predict(now[i]) * perHundredKm;
        return new ThreatFit(FeatureNames, fit.Intercept, fit.Slopes, origins, trainingCases, options.FitHorizonDays, fit.Converged);
    }

    /// <summary>What was known about each cell before <paramref name="origin"/>, as the regression's terms.</summary>
    private static double[][] Features(RiskInputs inputs, RiskOptions options, RiskGridIndex index, int[] cellOf, double[][] statics, DateOnly origin)
    {
        var ever = new double[index.Count];
        var year = new double[index.Count];
        var quarter = new double[index.Count];
        for (var n = 0; n < inputs.Cases.Count; n++)
        {
            var c = inputs.Cases[n];
            var age = origin.DayNumber - c.ReportedOn.DayNumber;
            if (cellOf[n] < 0 || age <= 0)
                continue;
            ever[cellOf[n]]++;
            if (age <= 365)
                year[cellOf[n]]++;
            if (age <= 91)
                quarter[cellOf[n]]++;
        }
        var asOf = origin.AddDays(-1);
        var density = Density(inputs, index, origin, options.CaseBandwidthKm * 1000, c => c.Victims * TimeDecay.Weight(asOf.DayNumber - c.ReportedOn.DayNumber, options.CaseHalfLifeDays));
        var recent = Density(inputs, index, origin, options.RecentCaseBandwidthKm * 1000, c => TimeDecay.Weight(asOf.DayNumber - c.ReportedOn.DayNumber, options.RecentCaseHalfLifeDays));
        var reports = ReportDensity(inputs, index, origin, options);
        var floor = options.BackgroundDensity;
        var rows = new double[index.Count][];
        for (var i = 0; i < index.Count; i++)
        {
            rows[i] =
            [
                Math.Log(1 + ever[i]), Math.Log(1 + year[i]), Math.Log(1 + quarter[i]),
                Math.Log(floor + density[i] * PerHundredSquareKm), Math.Log(floor + recent[i] * PerHundredSquareKm),
                Math.Log(floor + reports[i] * PerHundredSquareKm), statics[i][0], statics[i][1],
            ];
        }
        return rows;
    }

    private static double[] Density(RiskInputs inputs, RiskGridIndex index, DateOnly before, double bandwidth, Func<CaseInput, double> weight)
    {
        var grid = index.Grid;
        var offsets = HexRings.Offsets((int)Math.Ceiling(bandwidth / grid.CentreSpacingMetres) + 1);
        var density = new double[index.Count];
        foreach (var c in inputs.Cases)
        {
            if (c.ReportedOn >= before)
                continue;
            var w = weight(c);
            if (w <= 0)
                continue;
            var (x, y) = EqualAreaProjection.Forward(c.Longitude, c.Latitude);
            Spread(index, grid, offsets, x, y, bandwidth, w, density);
        }
        return density;
    }

    private static double[] ReportDensity(RiskInputs inputs, RiskGridIndex index, DateOnly before, RiskOptions options)
    {
        var grid = index.Grid;
        var bandwidth = options.ReportBandwidthKm * 1000;
        var offsets = HexRings.Offsets((int)Math.Ceiling(bandwidth / grid.CentreSpacingMetres) + 1);
        var density = new double[index.Count];
        var cutoff = new DateTimeOffset(before.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var r in inputs.Reports)
        {
            if (r.At >= cutoff)
                continue;
            var w = r.Credibility * TimeDecay.Weight((cutoff - r.At).TotalDays, options.ReportHalfLifeDays);
            var (x, y) = EqualAreaProjection.Forward(r.Longitude, r.Latitude);
            Spread(index, grid, offsets, x, y, bandwidth, w, density);
        }
        return density;
    }

    private static void Spread(RiskGridIndex index, HexGrid grid, IReadOnlyList<(int Dq, int Dr)> offsets, double x, double y, double bandwidth, double weight, double[] density)
    {
        var home = grid.CellAtProjected(x, y);
        foreach (var (dq, dr) in offsets)
        {
            var (cx, cy) = grid.ProjectedCentre(new HexCell(home.Q + dq, home.R + dr));
            var k = KernelDensity.Kernel(Math.Sqrt((cx - x) * (cx - x) + (cy - y) * (cy - y)), bandwidth);
            if (k <= 0)
                continue;
            var i = index.IndexOf(home.Q + dq, home.R + dr);
            if (i >= 0)
                density[i] += weight * k;
        }
    }
}

/// <summary>Rows equal value for value.</summary>
internal sealed class RowComparer : IEqualityComparer<double[]>
{
    public static readonly RowComparer Instance = new();

    public bool Equals(double[]? a, double[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);

    public int GetHashCode(double[] row)
    {
        var hash = new HashCode();
        foreach (var v in row)
            hash.Add(v);
        return hash.ToHashCode();
    }
}

/// <summary>A fitted threat model as stored with its run and shown in the cell explanation.</summary>
public sealed record ThreatFit(IReadOnlyList<string> Features, double Intercept, IReadOnlyList<double> Coefficients, int Origins, int TrainingCases,
    int HorizonDays, bool Converged);
