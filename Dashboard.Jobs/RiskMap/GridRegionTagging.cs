namespace Dashboard.Jobs.RiskMap;

/// <summary>
/// Tags grid cells with a province and regency. Where official boundaries are imported a cell takes the region that
/// contains its centre; elsewhere the province of the nearest seat (regency seat or provincial capital) and the nearest
/// regency seat of that province within 100 km. The fallback is an approximation, documented in docs/risk-model.md.
/// </summary>
internal static class GridRegionTagging
{
    public const string Sql = """
        WITH seats AS (
            SELECT province_code, seat FROM geo.regencies
            UNION ALL
            SELECT code, seat FROM geo.provinces)
        UPDATE geo.grid_cells g
        SET province_code = coalesce(
                (SELECT p.code FROM geo.provinces p WHERE p.boundary IS NOT NULL AND ST_Contains(p.boundary, g.centre) LIMIT 1),
                (SELECT s.province_code FROM seats s ORDER BY s.seat <-> g.centre LIMIT 1))
        WHERE g.edge_metres = @edge;

        UPDATE geo.grid_cells g
        SET regency_code = coalesce(
                (SELECT r.code FROM geo.regencies r WHERE r.boundary IS NOT NULL AND ST_Contains(r.boundary, g.centre) LIMIT 1),
                (SELECT r.code FROM geo.regencies r
                 WHERE r.province_code = g.province_code AND ST_DWithin(r.seat::geography, g.centre::geography, 100000)
                 ORDER BY r.seat <-> g.centre LIMIT 1))
        WHERE g.edge_metres = @edge;
        """;
}
