using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>Reads one layer for one viewport as a GeoJSON FeatureCollection, built and filtered in PostGIS.</summary>
public sealed class MapLayerQuery(NpgsqlDataSource dataSource)
{
    public async Task<string> GetFeatureCollectionAsync(LayerRequest request, CancellationToken cancellationToken)
    {
        var viewport = request.Viewport;
        await using var command = dataSource.CreateCommand(ChooseSql(request));
        command.Parameters.AddWithValue("w", viewport.West);
        command.Parameters.AddWithValue("s", viewport.South);
        command.Parameters.AddWithValue("e", viewport.East);
        command.Parameters.AddWithValue("n", viewport.North);
        command.Parameters.AddWithValue("dec", viewport.Decimals);
        command.Parameters.AddWithValue("px", viewport.DegreesPerPixel);
        command.Parameters.AddWithValue("cell", viewport.DegreesPerPixel * LayerRequest.ClusterPixels);
        command.Parameters.AddWithValue("limit", LayerRequest.MaxFeatures);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = (object?)request.From ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = (object?)request.To ?? DBNull.Value });
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return (string)result!;
    }

    /// <summary>Single case points only for readers allowed to see them, and only when zoomed in to village level.</summary>
    public static bool ShowsIndividualCases(LayerRequest request) =>
        request.Layer == MapLayer.Cases && request.IndividualCasesAllowed && request.Viewport.Zoom >= LayerRequest.CaseDetailZoom;

    internal static string ChooseSql(LayerRequest request) => request.Layer switch
    {
        MapLayer.Crossings => LayerSql.Crossings,
        MapLayer.RatRoutes => LayerSql.RatRoutes,
        MapLayer.Roads => LayerSql.Roads,
        MapLayer.Villages => request.Viewport.Zoom >= LayerRequest.VillageDetailZoom ? LayerSql.Villages : LayerSql.VillageClusters,
        MapLayer.Cases => ShowsIndividualCases(request) ? LayerSql.Cases
            : request.IndividualCasesAllowed ? LayerSql.CaseClusters
            : LayerSql.SuppressedCaseClusters,
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Layer, "Not a record layer; the risk layers come from RiskLayerQuery"),
    };
}
