using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>
/// The risk map as it stood at a moment, for a printed report: the run then in force and each cell's outline with its
/// band on the one risk scale (<see cref="RiskBands"/>: against the run's national percentiles, as the map draws it).
/// </summary>
public sealed record RiskMapPicture(int RunId, DateOnly AsOf, IReadOnlyList<RiskMapCell> Cells);

public sealed record RiskMapCell(Polygon Outline, int Band);
