namespace Dashboard.Geo.Domain.Risk;

/// <summary>
/// A province's or regency's risk in one run: the table a TIMPORA meeting reads. The means of the three factors let
/// the UI say which one drives the region (compared with the national means of the same run).
/// </summary>
public sealed class RegionRisk
{
    public int RunId { get; set; }

    /// <summary>"province" or "regency".</summary>
    public required string Level { get; set; }

    public required string Code { get; set; }

    public int Cells { get; set; }

    public double MeanScore { get; set; }

    public double MaxScore { get; set; }

    public int HotCells { get; set; }

    public double MeanThreat { get; set; }

    public double MeanVulnerability { get; set; }

    public double MeanImpact { get; set; }

    /// <summary>Mean score in the previous succeeded run, if the region was in it.</summary>
    public double? PreviousRunMeanScore { get; set; }

    /// <summary>Mean score in the latest succeeded run at least 28 days older: the change over a period.</summary>
    public double? PreviousPeriodMeanScore { get; set; }
}
