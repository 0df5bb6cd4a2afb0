namespace Dashboard.Geo.Domain.Risk;

/// <summary>
/// One cell's risk in one run, with every factor kept so the UI can explain the score:
/// score = threat × vulnerability × impact (the structure of Frontex's CIRAM).
/// </summary>
public sealed class CellRisk
{
    public int RunId { get; set; }

    public long CellId { get; set; }

    public string? ProvinceCode { get; set; }

    public string? RegencyCode { get; set; }

    /// <summary>Time-decayed kernel density of case origins, victims per km².</summary>
    public double CaseDensity { get; set; }

    /// <summary>Time-decayed, credibility-weighted density of field reports, per km² (0 until reports exist).</summary>
    public double ReportDensity { get; set; }

    /// <summary>Relative risk from an active rat route nearby (1 = none).</summary>
    public double RatRouteFactor { get; set; }

    /// <summary>Relative risk from a busy official crossing nearby (1 = none).</summary>
    public double CrossingFactor { get; set; }

    public double Threat { get; set; }

    /// <summary>Distance to the nearest assisted village with recent outreach, km.</summary>
    public double CoverageGapKm { get; set; }

    public double Vulnerability { get; set; }

    /// <summary>Share of minors among victims from around the cell.</summary>
    public double MinorShare { get; set; }

    /// <summary>Share of victims sent to high-risk destinations (scam compounds, conflict areas).</summary>
    public double HighRiskDestinationShare { get; set; }

    public double Impact { get; set; }

    public double Score { get; set; }

    /// <summary>Getis–Ord Gi* z-score of the score.</summary>
    public double GiZ { get; set; }

    /// <summary>Significant hot spot after the Benjamini–Hochberg correction.</summary>
    public bool IsHotSpot { get; set; }
}
