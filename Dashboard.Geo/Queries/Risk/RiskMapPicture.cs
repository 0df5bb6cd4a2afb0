using Dashboard.Geo.Disclosure;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>
/// The risk map as it stood at a moment, for a printed report: the run then in force and each cell's outline with its
/// class (against the run's national median, 75th and 90th percentile, as the map's legend bands it).
/// </summary>
public sealed record RiskMapPicture(int RunId, DateOnly AsOf, IReadOnlyList<RiskMapCell> Cells);

public sealed record RiskMapCell(Polygon Outline, RiskClass Class);
