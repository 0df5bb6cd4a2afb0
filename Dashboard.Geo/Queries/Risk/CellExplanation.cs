namespace Dashboard.Geo.Queries.Risk;

/// <summary>Why a cell scores what it does: every factor of the run, and the same cell in the run compared against.</summary>
public sealed record CellExplanation(
    long CellId, int RunId, string? ProvinceCode, string? ProvinceName, string? RegencyCode, string? RegencyName,
    double CaseDensity, double ReportDensity, double RatRouteFactor, double CrossingFactor, double Threat,
    double CoverageGapKm, double Vulnerability, double MinorShare, double HighRiskDestinationShare, double Impact,
    double Score, double GiZ, bool IsHotSpot, double? PreviousScore, int? PreviousRunId)
{
    /// <summary>The run's model: ciram-kde-1 (the kernel formula) or ciram-fit-1 (a threat fitted to the history).</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>A fitted threat's terms and their coefficients, as stored with the run (empty for the kernel formula).</summary>
    public IReadOnlyList<(string Term, double Coefficient)> ThreatTerms { get; init; } = [];

    /// <summary>A fitted threat's horizon: the threat is the expected cases per 100 km² in this many days.</summary>
    public int? ThreatHorizonDays { get; init; }
}
