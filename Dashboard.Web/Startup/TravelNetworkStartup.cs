using Dashboard.Geo.Travel;
using Npgsql;

namespace Dashboard.Web.Startup;

/// <summary>
/// Builds the travel network at start-up when there are ways to build it from but no graph yet: a database migrated
/// from before the network existed, or roads loaded straight into the table. Imports rebuild it themselves.
/// </summary>
internal static class TravelNetworkStartup
{
    public static async Task BuildIfMissingAsync(IServiceProvider services, ILogger logger)
    {
        await using (var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
        await using (var check = new NpgsqlCommand("""
            SELECT NOT EXISTS (SELECT 1 FROM geo.travel_edges)
               AND (EXISTS (SELECT 1 FROM geo.travel_ways) OR EXISTS (SELECT 1 FROM geo.rat_routes))
            """, connection))
        {
            if (!(bool)(await check.ExecuteScalarAsync())!)
                return;
        }
        var size = await services.GetRequiredService<TravelNetworkBuilder>().RebuildAsync(CancellationToken.None);
        logger.LogInformation("Built the travel network: {LandEdges} land edges ({LandKm:0} km), {SeaEdges} sea edges ({SeaKm:0} km)",
            size.LandEdges, size.LandKilometres, size.SeaEdges, size.SeaKilometres);
    }
}
