namespace Dashboard.Jobs.Risk;

/// <summary>
/// Every parameter of the risk model, bound from the "Risk" configuration section. The defaults and the reasons
/// for them are in docs/risk-model.md; change that file when you change a default.
/// </summary>
public sealed class RiskOptions
{
    public const string Section = "Risk";

    /// <summary>When the risk map is recomputed on schedule (Hangfire cron, UTC).</summary>
    public string Cron { get; set; } = "0 * * * *";

    /// <summary>Version of the kernel model's formulas; bump it when the computation changes meaning.</summary>
    public const string ModelVersion = "ciram-kde-1";

    /// <summary>Threat as a forecast fitted to the history (FittedThreat, ciram-fit-1) rather than the kernel formula.</summary>
    public bool FitThreat { get; set; } = true;

    /// <summary>How many past origins, one forecast horizon apart, the threat is fitted on.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 52)]
    public int FitOrigins { get; set; } = 6;

    /// <summary>The forecast's horizon: the threat is the expected cases of this many days ahead.</summary>
    [System.ComponentModel.DataAnnotations.Range(7, 365)]
    public int FitHorizonDays { get; set; } = 28;

    /// <summary>Below this many cases in the training windows the kernel threat stands: too little to fit on.</summary>
    public int FitMinimumCases { get; set; } = 50;

    /// <summary>The near-repeat term: recent cases, a narrow kernel, a short half-life.</summary>
    public double RecentCaseBandwidthKm { get; set; } = 5;

    public double RecentCaseHalfLifeDays { get; set; } = 60;

    public int GridEdgeMetres { get; set; } = 5000;

    /// <summary>How far out to sea the grid reaches: the 12-nautical-mile territorial sea.</summary>
    public double CoastalBufferKm { get; set; } = 22.2;

    public double CaseBandwidthKm { get; set; } = 15;

    public double CaseHalfLifeDays { get; set; } = 365;

    /// <summary>Cases older than this many half-lives weigh under 1/16 and are not read.</summary>
    public double CaseHorizonHalfLives { get; set; } = 4;

    public double ReportBandwidthKm { get; set; } = 10;

    public double ReportHalfLifeDays { get; set; } = 30;

    /// <summary>Victims per 100 km² that a cell with no cases at all is still credited with, so terrain can speak.</summary>
    public double BackgroundDensity { get; set; } = 0.01;

    public double RatRouteRadiusKm { get; set; } = 2;

    /// <summary>Routes not seen for longer than this count as dormant.</summary>
    public int RatRouteActiveDays { get; set; } = 365;

    public double RatRouteRiskHigh { get; set; } = 2.1;

    public double RatRouteRiskMedium { get; set; } = 1.6;

    public double RatRouteRiskLow { get; set; } = 1.25;

    public double CrossingRadiusKm { get; set; } = 10;

    /// <summary>Relative risk near a crossing = 1 + this × log10(1 + daily passengers / 1000).</summary>
    public double CrossingRiskPerLogThousand { get; set; } = 0.4;

    public int OutreachRecentDays { get; set; } = 365;

    /// <summary>Vulnerability = 1 + min(gap, cap) / scale: a cell this far from recent outreach counts double.</summary>
    public double CoverageGapScaleKm { get; set; } = 50;

    public double CoverageGapCapKm { get; set; } = 150;

    public double MinorWeight { get; set; } = 1.0;

    public double HighRiskDestinationWeight { get; set; } = 1.0;

    /// <summary>Destinations where victims meet the worst harm: online-scam compounds and conflict zones.</summary>
    public string[] HighRiskDestinations { get; set; } = ["KH", "MM", "LA", "PH"];

    /// <summary>Victims' worth of national average that shrinks a cell's shares towards it (empirical-Bayes prior).</summary>
    public double SharePriorVictims { get; set; } = 5;

    public double HotSpotDistanceKm { get; set; } = 15;

    public double HotSpotFalseDiscoveryRate { get; set; } = 0.05;

    public int KeepRuns { get; set; } = 30;
}
