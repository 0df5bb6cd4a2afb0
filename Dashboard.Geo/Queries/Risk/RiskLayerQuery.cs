using Dashboard.Geo.Queries.MapLayers;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>Reads the risk choropleth or the hot-spot outline of one run for one viewport.</summary>
public sealed class RiskLayerQuery(NpgsqlDataSource dataSource)
{
    /// <summary>Below this zoom hexagons are averaged into squares of <see cref="LayerRequest.ClusterPixels"/>/2 pixels.</summary>
    public const int CellZoom = 8;

    public async Task<string> GetChoroplethAsync(int runId, int? compareRunId, Viewport viewport, CancellationToken ct) =>
        await RunAsync(viewport.Zoom >= CellZoom ? RiskLayerSql.Cells : RiskLayerSql.Squares, runId, compareRunId, viewport, ct);

    public async Task<string> GetHotSpotsAsync(int runId, Viewport viewport, CancellationToken ct) =>
        await RunAsync(RiskLayerSql.HotSpots, runId, null, viewport, ct);

    private async Task<string> RunAsync(string sql, int runId, int? compareRunId, Viewport viewport, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.Add(new NpgsqlParameter("compare", NpgsqlDbType.Integer) { Value = (object?)compareRunId ?? DBNull.Value });
        command.Parameters.AddWithValue("w", viewport.West);
        command.Parameters.AddWithValue("s", viewport.South);
        command.Parameters.AddWithValue("e", viewport.East);
        command.Parameters.AddWithValue("n", viewport.North);
        command.Parameters.AddWithValue("dec", viewport.Decimals);
        command.Parameters.AddWithValue("px", viewport.DegreesPerPixel);
        command.Parameters.AddWithValue("cell", viewport.DegreesPerPixel * LayerRequest.ClusterPixels / 2);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}
