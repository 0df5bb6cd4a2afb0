namespace Dashboard.Geo.Queries.Risk;

/// <summary>Why a cell scores what it does: every factor of the run, and the same cell in the run compared against.</summary>
public sealed record CellExplanation(
    long CellId, int RunId, string? ProvinceCode, string? ProvinceName, string? RegencyCode, string? RegencyName,
    double CaseDensity, double ReportDensity, double RatRouteFactor, double CrossingFactor, double Threat,
    double CoverageGapKm, double Vulnerability, double MinorShare, double HighRiskDestinationShare, double Impact,
    double Score, double GiZ, bool IsHotSpot, double? PreviousScore, int? PreviousRunId);
