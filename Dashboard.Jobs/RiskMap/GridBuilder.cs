using System.Diagnostics;
using Dashboard.Geo.Spatial;
using Microsoft.Extensions.Logging;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using NetTopologySuite.Simplify;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Jobs.RiskMap;

/// <summary>
/// Builds the hex grid for one edge length once: every cell whose centre lies on Indonesian land or within the
/// coastal buffer of it, stored with its hexagon and tagged with a province and regency.
/// </summary>
public sealed class GridBuilder(NpgsqlDataSource dataSource, ILogger<GridBuilder> logger)
{
    public async Task<int> EnsureAsync(int edgeMetres, double coastalBufferKm, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var existing = await ScalarAsync<long>(connection, "SELECT count(*) FROM geo.grid_cells WHERE edge_metres = @edge", cancellationToken, ("edge", edgeMetres));
        if (existing > 0)
            return (int)existing;

        var clock = Stopwatch.StartNew();
        var outline = await ReadIndonesiaAsync(connection, cancellationToken);
        var grid = new HexGrid(edgeMetres);
        var land = new IndexedFacetDistance(TopologyPreservingSimplifier.Simplify(outline, 0.005));
        var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(outline);
        var bufferDegrees = coastalBufferKm / 111.32;
        var envelope = outline.EnvelopeInternal;
        var cells = new List<HexCell>();
        foreach (var cell in grid.CellsIn(envelope.MinX - bufferDegrees, envelope.MinY - bufferDegrees, envelope.MaxX + bufferDegrees, envelope.MaxY + bufferDegrees))
        {
            var (lon, lat) = grid.Centre(cell);
            var centre = Geometries.Point(lon, lat);
            if (prepared.Contains(centre) || land.Distance(centre) <= bufferDegrees)
                cells.Add(cell);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY geo.grid_cells (edge_metres, id, boundary, centre) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var cell in cells)
            {
                var corners = grid.Corners(cell).Select(c => new Coordinate(c.Longitude, c.Latitude)).ToList();
                corners.Add(corners[0]);
                var (lon, lat) = grid.Centre(cell);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(edgeMetres, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(cell.Id, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(Geometries.Factory.CreatePolygon(corners.ToArray()), NpgsqlDbType.Geometry, cancellationToken);
                await writer.WriteAsync(Geometries.Point(lon, lat), NpgsqlDbType.Geometry, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await ExecuteAsync(connection, GridRegionTagging.Sql, cancellationToken, ("edge", edgeMetres));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Built the {Edge} m risk grid: {Cells} cells in {Seconds:0.0} s", edgeMetres, cells.Count, clock.Elapsed.TotalSeconds);
        return cells.Count;
    }

    private static async Task<MultiPolygon> ReadIndonesiaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT outline FROM geo.land_areas WHERE is_indonesia LIMIT 1", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as MultiPolygon
            ?? throw new InvalidOperationException(
                "Indonesia's land outline is not loaded (geo.land_areas is empty). The web app loads it from the basemap at start-up; start it once first.");
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(ct);
    }
}
