using Dashboard.Geo.Disclosure;

namespace Dashboard.Web.RiskMap;

/// <summary>
/// A cell explained to readers of aggregates: the classes of its score and of its three factors and the drivers'
/// names, never the densities, shares or z-score a single report moves, nor a change since another run.
/// </summary>
public sealed record PublishedCellExplanation(
    long CellId, int RunId, string? ProvinceCode, string? ProvinceName, string? RegencyCode, string? RegencyName,
    double Score, RiskClass ScoreClass, RiskClass Threat, RiskClass Vulnerability, RiskClass Impact, IReadOnlyList<string> Drivers, bool IsHotSpot);
