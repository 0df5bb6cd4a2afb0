using Dashboard.Geo.Spatial;

namespace Dashboard.Geo.Tests.Spatial;

public sealed class HexGridTests
{
    private readonly HexGrid _grid = new(5000);

    [Fact]
    public void CellArea_IsThreeRootThreeOverTwoEdgeSquared() =>
        Assert.Equal(64_951_905.28, _grid.CellAreaSquareMetres, 2);

    [Fact]
    public void Centre_OfOriginCell_IsNullIsland()
    {
        var (lon, lat) = _grid.Centre(new HexCell(0, 0));
        Assert.Equal((0d, 0d), (lon, lat));
    }

    [Fact]
    public void Centre_OfEastNeighbour_IsRootThreeEdgesEast()
    {
        // 5000 m · √3 = 8660.25 m along the equator = 0.0778834° on the authalic sphere.
        var (lon, lat) = _grid.Centre(new HexCell(1, 0));
        Assert.Equal(0.0778834, lon, 6);
        Assert.Equal(0, lat, 9);
    }

    [Fact]
    public void Centre_OfNorthEastNeighbour_IsHalfAStepEastAndOneAndAHalfEdgesNorth()
    {
        // x = 4330.13 m → 0.0389417°; y = 7500 m = R·sin φ → φ = 0.0674491°.
        var (lon, lat) = _grid.Centre(new HexCell(0, 1));
        Assert.Equal(0.0389417, lon, 6);
        Assert.Equal(0.0674491, lat, 6);
    }

    [Theory]
    [InlineData(3, -2)]
    [InlineData(-1520, 17)]
    [InlineData(1700, -150)]
    public void CellAt_CentreOfACell_GivesThatCell(int q, int r)
    {
        var (lon, lat) = _grid.Centre(new HexCell(q, r));
        Assert.Equal(new HexCell(q, r), _grid.CellAt(lon, lat));
    }

    [Theory]
    [InlineData(0.49, 0)]
    [InlineData(0.51, 1)]
    public void CellAtProjected_TowardsTheEastNeighbour_SwitchesAtHalfTheSpacing(double fraction, int expectedQ)
    {
        var x = fraction * _grid.CentreSpacingMetres;
        Assert.Equal(new HexCell(expectedQ, 0), _grid.CellAtProjected(x, 0));
    }

    [Fact]
    public void CellAtProjected_JustInsideACorner_StaysInTheCell()
    {
        // The corner at 90° is (0, edge); 1 m below it is still in the origin cell, 1 m above is not.
        Assert.Equal(new HexCell(0, 0), _grid.CellAtProjected(0, 4999));
        Assert.NotEqual(new HexCell(0, 0), _grid.CellAtProjected(0, 5001));
    }

    [Fact]
    public void Corners_AreOneEdgeFromTheCentre_InProjectedMetres()
    {
        var cell = new HexCell(1500, 10);
        var (cx, cy) = _grid.ProjectedCentre(cell);
        foreach (var (lon, lat) in _grid.Corners(cell))
        {
            var (x, y) = EqualAreaProjection.Forward(lon, lat);
            Assert.Equal(5000, Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)), 6);
        }
    }

    [Fact]
    public void CellsIn_ABox_CoversItsAreaWithTheExpectedCount()
    {
        // A 1° × 1° box at the equator is 111.2 km × 111.2 km ≈ 12,364 km²: about 190 cells of 64.95 km².
        var count = _grid.CellsIn(110, 0, 111, 1).Count();
        Assert.InRange(count, 180, 200);
    }

    [Fact]
    public void Id_RoundTripsNegativeCoordinates()
    {
        var cell = new HexCell(-1520, -17);
        Assert.Equal(cell, HexCell.FromId(cell.Id));
    }
}
