namespace Dashboard.Jobs.Risk;

/// <summary>The model's output, one array element per grid cell in the order of <see cref="RiskInputs.Cells"/>.</summary>
public sealed class RiskResult(int cells)
{
    public double[] CaseDensity { get; } = new double[cells];
    public double[] ReportDensity { get; } = new double[cells];
    public double[] RatRouteFactor { get; } = Enumerable.Repeat(1.0, cells).ToArray();
    public double[] CrossingFactor { get; } = Enumerable.Repeat(1.0, cells).ToArray();
    public double[] Threat { get; } = new double[cells];
    public double[] CoverageGapKm { get; } = new double[cells];
    public double[] Vulnerability { get; } = new double[cells];
    public double[] MinorShare { get; } = new double[cells];
    public double[] HighRiskDestinationShare { get; } = new double[cells];
    public double[] Impact { get; } = new double[cells];
    public double[] Score { get; } = new double[cells];
    public double[] GiZ { get; } = new double[cells];
    public bool[] IsHotSpot { get; } = new bool[cells];

    /// <summary>Milliseconds spent in the bare case kernel density, to show the model's overhead beside it.</summary>
    public double KernelMilliseconds { get; set; }

    /// <summary>Milliseconds spent fitting the threat to the history (0 with the kernel formula).</summary>
    public double FitMilliseconds { get; set; }

    public int HotSpotCount => IsHotSpot.Count(h => h);

    /// <summary>The fitted threat model, when the threat was fitted (null: the kernel formula).</summary>
    public ThreatFit? Fit { get; set; }

    public string ModelVersion => Fit is null ? RiskOptions.ModelVersion : FittedThreat.ModelVersion;
}
