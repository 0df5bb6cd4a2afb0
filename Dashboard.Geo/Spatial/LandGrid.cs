using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;
using NetTopologySuite.Simplify;

namespace Dashboard.Geo.Spatial;

/// <summary>The cells of a hex grid whose centres lie on land or within a coastal buffer of it.</summary>
public static class LandGrid
{
    public static IReadOnlyList<HexCell> Cells(HexGrid grid, MultiPolygon land, double coastalBufferKm)
    {
        // Degrees of latitude; near the equator a degree of longitude is the same length to within 2%.
        var bufferDegrees = coastalBufferKm / 111.32;
        var distance = new IndexedFacetDistance(TopologyPreservingSimplifier.Simplify(land, 0.005));
        var inside = PreparedGeometryFactory.Prepare(land);
        var envelope = land.EnvelopeInternal;
        var cells = new List<HexCell>();
        foreach (var cell in grid.CellsIn(envelope.MinX - bufferDegrees, envelope.MinY - bufferDegrees, envelope.MaxX + bufferDegrees, envelope.MaxY + bufferDegrees))
        {
            var (lon, lat) = grid.Centre(cell);
            var centre = Geometries.Point(lon, lat);
            if (inside.Contains(centre) || distance.Distance(centre) <= bufferDegrees)
                cells.Add(cell);
        }
        return cells;
    }
}
